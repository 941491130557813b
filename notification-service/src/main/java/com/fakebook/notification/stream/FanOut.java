package com.fakebook.notification.stream;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Committed stream events to every instance, on one Redis channel ({@code fakebook.stream.channel}): a
 * transaction's events, of every person it touched, as one message (a JSON array), sent without waiting for Redis's
 * answer. Each instance hands them to the
 * streams it holds open ({@link Connections}). A message lost here (Redis away for a moment) is not lost to the
 * client: the next event or the next heartbeat finds its stream behind, and it reads the log. (So too while
 * instances of two versions run side by side and one does not read the other's messages.)
 */
@Component
class FanOut {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final String channel;

    FanOut(ReactiveStringRedisTemplate redis, JsonMapper json, @Value("${fakebook.stream.channel}") String channel) {
        this.redis = redis;
        this.json = json;
        this.channel = channel;
    }

    void publish(List<StreamEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        redis.convertAndSend(channel, json.writeValueAsString(events))
                .subscribe(
                        receivers -> {},
                        error -> log.warn(
                                "{} stream events not fanned out; their streams catch up at the next heartbeat",
                                events.size(),
                                error));
    }
}
