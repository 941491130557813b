package com.fakebook.testsupport;

import com.fakebook.testsupport.postgres.FreshDatabases;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the application at a fresh database owned by its configured role and adds the local secrets as the
 * lowest-precedence properties. Stateless, so every test class shares one cached application context.
 */
final class LocalServersContextCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        var environment = context.getEnvironment();
        var sources = environment.getPropertySources();
        sources.addLast(new MapPropertySource("localSecrets", Map.copyOf(LocalSecrets.fromFile())));

        var role = environment.getProperty("spring.datasource.username");
        var url = environment.getProperty("spring.datasource.url");
        if (role == null || url == null) {
            return;
        }
        var password = environment.getProperty(
                "spring.datasource.password", LocalSecrets.get(role.toUpperCase(Locale.ROOT) + "_DB_PASSWORD"));
        var overrides = new HashMap<String, Object>();
        overrides.put("spring.datasource.url", FreshDatabases.forRole(url, role, password));
        overrides.put("spring.datasource.password", password);
        sources.addFirst(new MapPropertySource("freshDatabase", overrides));
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
