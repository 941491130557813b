package com.fakebook.notification.stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    /**
     * One subscription per instance; each message is handed to the open streams on a virtual thread of its own.
     * Started by {@link StreamSubscription}, not with the context: Redis slow or away at start must not stop the
     * service, whose streams catch up from the log meanwhile.
     */
    @Bean
    RedisMessageListenerContainer streamChannel(
            RedisConnectionFactory redis,
            Connections connections,
            @Value("${fakebook.stream.channel}") String channel) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(new VirtualThreadTaskExecutor("notification-stream-"));
        container.addMessageListener(connections, new ChannelTopic(channel));
        container.setAutoStartup(false);
        return container;
    }
}
