package com.fakebook.messaging.live;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The socket's limits ({@code fakebook.chat.*} in application.yaml, which explains each).
 */
@ConfigurationProperties("fakebook.chat")
record ChatProperties(
        List<String> allowedOrigins,
        int maxFrameChars,
        Duration idleTimeout,
        Duration sendTimeLimit,
        int sendBufferLimit,
        Duration presenceTtl) {}
