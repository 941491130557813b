package com.fakebook.servicedefaults;

import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Traces (Micrometer Tracing on OpenTelemetry; Boot observes HTTP, JDBC pools and, by the defaults' properties,
 * Kafka's template and listeners). Spans leave over OTLP when {@code
 * management.opentelemetry.tracing.export.otlp.endpoint} is set (compose, Kubernetes: an OpenTelemetry Collector),
 * and straight to a Zipkin server when {@code fakebook.tracing.zipkin-url} is (deploy/local: Zipkin's OTLP receiver
 * is not on Maven Central, its own API is).
 */
@AutoConfiguration
public class TracingAutoConfiguration {

    /**
     * Boot's task executors take every {@link TaskDecorator} bean, so {@code @Async} work keeps its caller's trace:
     * above all the outbox's externalization, which sends a committed event to Kafka on another thread.
     */
    @Bean
    TaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    @Bean
    @ConditionalOnExpression("!'${fakebook.tracing.zipkin-url:}'.isBlank()")
    @SuppressWarnings("deprecation") // OpenTelemetry prefers OTLP; Zipkin's server here only speaks its own API.
    SpanExporter zipkinSpanExporter(@Value("${fakebook.tracing.zipkin-url}") String url) {
        return ZipkinSpanExporter.builder().setEndpoint(url).build();
    }
}
