package com.fakebook.messaging.live;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Keeps this instance subscribed to the people's channels. Redis away at start-up does not stop the service (its
 * history and sends work; live pushes wait): the subscription is tried once ready and every few seconds until it
 * holds. Once it holds, Lettuce reconnects and subscribes again by itself after a Redis outage. Until it holds, a
 * socket is refused (503) rather than opened deaf: the client tries again, or another instance.
 */
@Component
class ChatSubscription implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ChatSubscription.class);

    private final RedisMessageListenerContainer container;

    ChatSubscription(RedisMessageListenerContainer container) {
        this.container = container;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (container.isRunning()) {
            return true;
        }
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return false;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            @Nullable Exception exception) {}

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        keepSubscribed();
    }

    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    void keepSubscribed() {
        if (container.isRunning()) {
            return;
        }
        try {
            container.start();
            log.info("Subscribed to live chat deliveries");
        } catch (RuntimeException e) {
            log.warn("Live chat deliveries not subscribed yet, trying again in 5 s: {}", e.toString());
            container.stop();
        }
    }
}
