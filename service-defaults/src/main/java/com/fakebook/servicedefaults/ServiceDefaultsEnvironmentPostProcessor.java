package com.fakebook.servicedefaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code fakebook-service-defaults.properties} as the lowest-precedence property source: the settings every
 * service shares (probes, metrics, logs, JPA, Kafka serialization, the token issuer). A service's own
 * {@code application.yaml}, and the environment, override any of them.
 */
class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DEFAULTS = "fakebook-service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource(DEFAULTS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
