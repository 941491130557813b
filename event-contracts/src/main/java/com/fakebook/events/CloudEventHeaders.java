package com.fakebook.events;

/**
 * The Kafka record headers that carry an event's CloudEvents attributes (binary content mode, as the CloudEvents
 * Kafka binding names them); the record's value is the event's JSON and its key the event's subject. Values are
 * UTF-8 strings.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}
}
