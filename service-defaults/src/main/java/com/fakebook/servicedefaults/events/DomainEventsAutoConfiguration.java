package com.fakebook.servicedefaults.events;

import com.fakebook.events.DomainEvent;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * Kafka for domain events, alike in every service. Consuming: records are read by type, deduplicated by event id
 * ({@code processed_events}), retried three times a second apart, then sent to {@code <topic>-dlt} with the
 * failure in its headers. Publishing (services with Spring Modulith's outbox): every {@link DomainEvent} given to
 * {@code ApplicationEventPublisher} inside a transaction goes to its topic, keyed by subject, with CloudEvents
 * headers, once the transaction commits; what Kafka did not acknowledge is sent again, and what waits is counted
 * ({@link OutboxBacklog}).
 *
 * <p>Traces: the Kafka template and listener containers are observed (see the defaults' properties), so the trace
 * context travels in each record's {@code traceparent} header. The outbox sends after commit on another thread
 * (Modulith's externalization is an asynchronous listener): {@code TracingAutoConfiguration} hands the committing
 * request's trace to that thread, so the send, and so the consumers, join the request's trace. A publication sent
 * again later (restart, resubmission) starts a trace of its own: the registry does not keep the context.
 */
@AutoConfiguration
public class DomainEventsAutoConfiguration {

    @Bean
    IncomingEvents incomingEvents() {
        return new IncomingEvents();
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc) {
        return new ProcessedEvents(jdbc);
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<?, ?> kafka) {
        var handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka), new FixedBackOff(1000, 3));
        handler.addNotRetryableExceptions(JacksonException.class);
        return handler;
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(EventExternalizationConfiguration.class)
    @EnableScheduling
    static class Publishing {

        @Bean
        EventExternalizationConfiguration domainEventsToKafka(@Value("${spring.application.name}") String source) {
            return EventExternalizationConfiguration.externalizing()
                    .select(event -> event instanceof DomainEvent)
                    .routeAll(event -> RoutingTarget.forTarget(((DomainEvent) event).topic())
                            .andKey(((DomainEvent) event).subject()))
                    .headers(event -> CloudEventAttributes.of((DomainEvent) event, source))
                    .build();
        }

        @Bean
        IncompletePublicationsResubmitter incompletePublicationsResubmitter(
                IncompleteEventPublications incomplete,
                @Value("${fakebook.events.resubmit-older-than:30s}") Duration olderThan) {
            return new IncompletePublicationsResubmitter(incomplete, olderThan);
        }

        @Bean
        OutboxBacklog outboxBacklog(JdbcClient jdbc) {
            return new OutboxBacklog(jdbc);
        }
    }
}
