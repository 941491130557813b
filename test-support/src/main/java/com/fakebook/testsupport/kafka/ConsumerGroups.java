package com.fakebook.testsupport.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer groups of a test run. The local topics keep every record of every earlier run and of the running
 * system; a new group that started from the earliest offset would first re-apply all of that history, for
 * minutes. A test run's group therefore starts where the topics end now: its application sees exactly the records
 * sent after it was made, and none is missed in the time its consumers take to join.
 */
public final class ConsumerGroups {

    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private ConsumerGroups() {}

    /** Commits, for a group not used yet, the current end of every Fakebook topic as its position; once per group. */
    public static synchronized void startAtTheEnd(String groupId) {
        if (STARTED.contains(groupId)) {
            return;
        }
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TopicWatcher.BOOTSTRAP_SERVERS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                15_000))) {
            var topics = admin.listTopics().names().get(15, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.startsWith("fakebook."))
                    .collect(Collectors.toSet());
            var partitions = admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get(15, TimeUnit.SECONDS);
            var positions = new HashMap<TopicPartition, OffsetAndMetadata>();
            ends.forEach((partition, end) -> positions.put(partition, new OffsetAndMetadata(end.offset())));
            admin.alterConsumerGroupOffsets(groupId, positions).all().get(15, TimeUnit.SECONDS);
            STARTED.add(groupId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not place consumer group " + groupId + " at the topics' end", e);
        }
    }
}
