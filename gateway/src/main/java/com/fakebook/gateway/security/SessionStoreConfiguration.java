package com.fakebook.gateway.security;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.ReactiveSessionRepositoryCustomizer;
import org.springframework.session.data.redis.ReactiveRedisIndexedSessionRepository;
import org.springframework.session.data.redis.RedisSessionMapper;
import reactor.core.publisher.Mono;

/**
 * The gateway sessions in Redis. A session can be ended (back-channel logout, "log out everywhere") while one of
 * its own requests is in flight; when that request finishes, Spring Session writes its last-access time back,
 * which leaves a fragment of the ended session in Redis (no creation time) until it expires. Such a fragment is
 * read as no session at all, so the browser is simply logged out, instead of failing every request with a 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** What every stored session has (the names {@link RedisSessionMapper} reads, which it keeps private). */
    private static final Set<String> WHOLE = Set.of("creationTime", "lastAccessedTime", "maxInactiveInterval");

    @Bean
    ReactiveSessionRepositoryCustomizer<ReactiveRedisIndexedSessionRepository> endedSessionsStayEnded() {
        var mapper = new RedisSessionMapper();
        return repository -> repository.setRedisSessionMapper(
                (id, stored) -> isWhole(stored) ? Mono.fromSupplier(() -> mapper.apply(id, stored)) : Mono.empty());
    }

    /**
     * Redis's answers go on to Lettuce's computation threads, not on the one I/O thread of the connection all
     * sessions share. What a session read's subscriber does runs on the thread that delivers the answer: it
     * deserializes the session and then carries the request through the rest of the filter chain. On the I/O thread
     * that was 41 % of the gateway's CPU samples in a single thread (JFR under {@code bench/notifications}), and in a
     * burst of requests Redis's answers queued behind it past the 2 s command timeout: 500s on 70 of 5,000 streams
     * opened in 20 s, and on friend requests at 200 a second.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer redisAnswersOffTheIoThread() {
        return options -> options.publishOnScheduler(true);
    }

    /** Whether the stored hash is a whole session, not the fragment an ended session's last request left. */
    static boolean isWhole(Map<String, Object> stored) {
        return stored.keySet().containsAll(WHOLE);
    }
}
