package com.fakebook.servicedefaults.events;

import com.fakebook.events.CloudEventHeaders;
import com.fakebook.events.DomainEvent;
import java.util.Map;

/** The CloudEvents attributes of an event, as the Kafka headers its record carries. */
final class CloudEventAttributes {

    private CloudEventAttributes() {}

    static Map<String, Object> of(DomainEvent event, String source) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, event.id().toString(),
                CloudEventHeaders.TYPE, event.type(),
                CloudEventHeaders.SOURCE, source,
                CloudEventHeaders.TIME, event.occurredAt().toString(),
                CloudEventHeaders.SUBJECT, event.subject(),
                CloudEventHeaders.CONTENT_TYPE, "application/json");
    }
}
