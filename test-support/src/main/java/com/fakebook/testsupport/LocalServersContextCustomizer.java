package com.fakebook.testsupport;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Applies {@link LocalServersInitializer}; stateless, so every test class shares one cached application context. */
final class LocalServersContextCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        new LocalServersInitializer().initialize(context);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LocalServersContextCustomizer;
    }

    @Override
    public int hashCode() {
        return LocalServersContextCustomizer.class.hashCode();
    }
}
