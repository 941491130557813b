package com.fakebook.testsupport;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts an application the way a test of crashes and restarts needs: outside Spring's test context cache, so it
 * can be stopped and started again on the same (fresh, per run) database, on a random port.
 */
public final class LocalApplications {

    private LocalApplications() {}

    /** Starts it with {@code properties} ({@code name=value}) overriding its configuration, as arguments would. */
    public static ConfigurableApplicationContext start(Class<?> application, String... properties) {
        var arguments = Stream.concat(Stream.of("server.port=0"), Arrays.stream(properties))
                .map(property -> "--" + property)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .initializers(new LocalServersInitializer())
                .run(arguments);
    }
}
