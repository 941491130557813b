package com.fakebook.notification.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Committed stream events to every instance, on one Redis channel; each instance hands them to the streams it holds
 * open ({@link Connections}). A message lost here (Redis away for a moment) is not lost to the client: the next
 * event or the next heartbeat finds its stream behind, and it reads the log.
 */
@Component
class FanOut {

    static final String CHANNEL = "fakebook:notification:stream";

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    FanOut(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void publish(StreamEvent event) {
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(event));
        } catch (RuntimeException e) {
            log.warn(
                    "Stream event {} of {} not fanned out; its stream catches up at the next heartbeat",
                    event.seq(),
                    event.user(),
                    e);
        }
    }
}
