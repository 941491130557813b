package com.fakebook.testsupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts an application the way a test of crashes and restarts needs: outside Spring's test context cache, so it
 * can be stopped and started again on the same (fresh, per run) database, on a random port.
 */
public final class LocalApplications {

    private LocalApplications() {}

    public static ConfigurableApplicationContext start(Class<?> application, String... properties) {
        return new SpringApplicationBuilder(application)
                .initializers(new LocalServersInitializer())
                .properties("server.port=0")
                .properties(properties)
                .run();
    }
}
