package com.fakebook.friend.system;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in Redis, shared by every instance: at most {@code limit} attempts per user and window.
 * When Redis is down the limiter refuses (the exception propagates, the caller gets a 503): a limit that silently
 * stops limiting would let a spammer through.
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
    public void acquire(String scope, UUID user, int limit, Duration window) {
        var now = clock.millis();
        var windowMillis = window.toMillis();
        var windowIndex = now / windowMillis;
        var key = "fakebook:friend:rate:" + scope + ":" + user + ":" + windowIndex;
        var count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, window);
        }
        if (count == null || count > limit) {
            throw new TooManyAttempts(Duration.ofMillis((windowIndex + 1) * windowMillis - now));
        }
    }
}
