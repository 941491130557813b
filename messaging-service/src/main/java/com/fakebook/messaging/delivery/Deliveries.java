package com.fakebook.messaging.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends frames to every open socket of some people, on whichever instance holds it. Delivery is best effort by
 * design: what a socket misses (an instance down, Redis down) the client fetches by sequence number.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final String CHANNEL_PREFIX = "fakebook:chat:user:";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    Deliveries(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** The Redis channel of a person's sockets. */
    public static String channelOf(UUID person) {
        return CHANNEL_PREFIX + person;
    }

    /** The person whose channel this is, or null for another channel. */
    public static @Nullable UUID personOf(String channel) {
        if (!channel.startsWith(CHANNEL_PREFIX)) {
            return null;
        }
        try {
            return UUID.fromString(channel.substring(CHANNEL_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The pattern of every person's channel: each instance listens to all of them. */
    public static String allChannels() {
        return CHANNEL_PREFIX + "*";
    }

    /** Sends the frame now: one PUBLISH per person, pipelined into one round trip to Redis. */
    public void send(Collection<UUID> people, ServerFrame frame) {
        if (people.isEmpty()) {
            return;
        }
        var text = json.writeValueAsString(frame);
        try {
            var message = text.getBytes(StandardCharsets.UTF_8);
            redis.executePipelined((RedisCallback<Object>) connection -> {
                for (var person : people) {
                    connection.publish(channelOf(person).getBytes(StandardCharsets.UTF_8), message);
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Live delivery failed; clients catch up by sequence: {}", e.toString());
        }
    }

    /**
     * Sends the frame once the current transaction has committed (never what was rolled back), or now when there
     * is no transaction.
     */
    public void sendAfterCommit(Collection<UUID> people, ServerFrame frame) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(people, frame);
            return;
        }
        var recipients = List.copyOf(people);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(recipients, frame);
            }
        });
    }
}
