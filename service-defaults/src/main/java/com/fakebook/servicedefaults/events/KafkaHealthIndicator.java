package com.fakebook.servicedefaults.events;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** Kafka is up when the cluster answers a describe request within two seconds. One client, kept open. */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final int TIMEOUT_MILLIS = 2000;

    private final AdminClient client;

    KafkaHealthIndicator(KafkaAdmin admin) {
        super("Kafka health check failed");
        this.client = AdminClient.create(admin.getConfigurationProperties());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS));
        var nodes = cluster.nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        builder.up().withDetail("nodes", nodes.size());
    }

    @Override
    public void destroy() {
        client.close();
    }
}
