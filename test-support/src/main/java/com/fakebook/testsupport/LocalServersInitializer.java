package com.fakebook.testsupport;

import com.fakebook.testsupport.kafka.ConsumerGroups;
import com.fakebook.testsupport.postgres.FreshDatabases;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application at this test run's fresh database for its configured role (holding a lease on it until
 * the application closes), and adds the local secrets as the lowest-precedence properties (so
 * {@code ${FAKEBOOK_...}} placeholders resolve as under deploy/local). Its Kafka consumers get a group of their
 * own for the run, which starts at the topics' current end ({@link ConsumerGroups}).
 */
public class LocalServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** One Kafka consumer group per test run, so a test never takes records from the running system's services. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        var sources = environment.getPropertySources();
        sources.addLast(new MapPropertySource("localSecrets", Map.copyOf(LocalSecrets.fromFile())));
        var group = environment.getProperty("spring.application.name", "application") + "-test-" + RUN;
        sources.addFirst(new MapPropertySource("testConsumerGroup", Map.of("spring.kafka.consumer.group-id", group)));
        ConsumerGroups.startAtTheEnd(group);

        var role = environment.getProperty("spring.datasource.username");
        var url = environment.getProperty("spring.datasource.url");
        if (role == null || url == null) {
            return;
        }
        var password = environment.getProperty(
                "spring.datasource.password", LocalSecrets.get(role.toUpperCase(Locale.ROOT) + "_DB_PASSWORD"));
        var lease = FreshDatabases.lease(url, role, password);
        // Registered before any bean, so destroyed after all of them: the database outlives the application.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("freshDatabaseLease", lease::close);
        var overrides = new HashMap<String, Object>();
        overrides.put("spring.datasource.url", lease.url());
        overrides.put("spring.datasource.password", password);
        sources.addFirst(new MapPropertySource("freshDatabase", overrides));
    }
}
