package com.fakebook.messaging.live;

import com.fakebook.messaging.delivery.Deliveries;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The socket at {@code /ws/chat} (authenticated like the API: the upgrade request carries the user's token, which
 * the gateway relays), the Redis subscription that feeds it, and the container's hard frame limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(ChatProperties.class)
class ChatSocketConfiguration implements WebSocketConfigurer {

    /**
     * The container's frame limit, a quarter above the protocol's: a frame between the two gets an error frame, a
     * larger one a close (1009). Tomcat gives every socket a text buffer of this many characters, two bytes each,
     * for its whole life: at four times the protocol's limit that was 128 KiB a socket, most of a socket's heap.
     */
    private static int containerFrameLimit(int maxFrameChars) {
        return maxFrameChars + maxFrameChars / 4;
    }

    private final ChatSocketHandler handler;
    private final ChatSubscription subscription;
    private final ChatProperties properties;

    ChatSocketConfiguration(ChatSocketHandler handler, ChatSubscription subscription, ChatProperties properties) {
        this.handler = handler;
        this.subscription = subscription;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/chat")
                .addInterceptors(subscription)
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    static ServletServerContainerFactoryBean webSocketContainer(ChatProperties properties) {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(containerFrameLimit(properties.maxFrameChars()));
        container.setMaxBinaryMessageBufferSize(1024);
        container.setMaxSessionIdleTimeout(properties.idleTimeout().toMillis() * 2);
        return container;
    }

    @Bean
    static RedisMessageListenerContainer chatDeliveries(RedisConnectionFactory redis, LocalSockets sockets) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(sockets, new PatternTopic(Deliveries.allChannels()));
        // Started (and started again while Redis is away) by ChatSubscription: the service starts without Redis.
        container.setAutoStartup(false);
        return container;
    }
}
