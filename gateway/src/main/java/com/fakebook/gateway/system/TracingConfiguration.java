package com.fakebook.gateway.system;

import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's spans go where the services' go (see service-defaults' {@code TracingAutoConfiguration}): to
 * Zipkin's API when {@code fakebook.tracing.zipkin-url} is set, over OTLP when Boot's OTLP endpoint is.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    @ConditionalOnExpression("!'${fakebook.tracing.zipkin-url:}'.isBlank()")
    @SuppressWarnings("deprecation") // OpenTelemetry prefers OTLP; Zipkin's server here only speaks its own API.
    SpanExporter zipkinSpanExporter(@Value("${fakebook.tracing.zipkin-url}") String url) {
        return ZipkinSpanExporter.builder().setEndpoint(url).build();
    }
}
