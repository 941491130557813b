package com.fakebook.auth.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in Redis: at most {@code limit} attempts per subject and window. Subjects (an IP, an email)
 * are stored hashed, never in clear. When Redis is down the limiter refuses (the Redis exception propagates): a
 * limit that silently stops limiting would let abuse through.
 */
@Component
public class RateLimiter {

    private final StringRedisTemplate redis;
    private final Clock clock;

    RateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Counts one attempt; throws {@link TooManyAttempts} when it is over the limit of the current window. */
    public void acquire(String scope, String subject, int limit, Duration window) {
        var now = clock.millis();
        var windowMillis = window.toMillis();
        var windowIndex = now / windowMillis;
        var key = "fakebook:auth:rate:" + scope + ":" + hash(subject) + ":" + windowIndex;
        var count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, window);
        }
        if (count == null || count > limit) {
            throw new TooManyAttempts(Duration.ofMillis((windowIndex + 1) * windowMillis - now));
        }
    }

    private static String hash(String subject) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
