package com.fakebook.notification.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Subscribes this instance to the stream channel, and tries again every few seconds while Redis does not answer.
 * Until then (and whenever the subscription is lost) open streams still get every event, from the log, at the
 * latest with their next heartbeat; once subscribed, the container itself recovers lost connections.
 */
@Component
class StreamSubscription {

    private static final Logger log = LoggerFactory.getLogger(StreamSubscription.class);

    private final RedisMessageListenerContainer container;

    StreamSubscription(RedisMessageListenerContainer container) {
        this.container = container;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${fakebook.stream.subscribe-retry:5s}")
    void subscribe() {
        if (container.isRunning()) {
            return;
        }
        try {
            container.start();
            log.info("Subscribed to the stream channel");
        } catch (RuntimeException e) {
            log.warn("Could not subscribe to the stream channel yet; streams catch up from the log meanwhile", e);
            // A failed start leaves the container marked as running: stop it, so that the next attempt starts anew.
            container.stop();
        }
    }
}
