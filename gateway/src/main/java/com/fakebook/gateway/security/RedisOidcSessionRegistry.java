package com.fakebook.gateway.security;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which gateway session belongs to which Keycloak session, in Redis, so that a back-channel logout from Keycloak
 * (a session ended in "your sessions", log out everywhere, account deleted) reaches the browser's session whichever
 * gateway instance Keycloak calls. Spring Security keeps the registry up to date on login, on session id change
 * and on logout; Keycloak's logout token names its session ({@code sid}), or else the user ({@code sub}).
 */
class RedisOidcSessionRegistry implements ReactiveOidcSessionRegistry {

    /** Longer than any Keycloak session lives (30 days when remembered); the entries are removed at logout. */
    static final Duration KEEP = Duration.ofDays(31);

    private static final String PREFIX = "fakebook:gateway:oidc:";

    private final ReactiveRedisTemplate<String, Object> sessions;
    private final ReactiveStringRedisTemplate index;

    RedisOidcSessionRegistry(ReactiveRedisConnectionFactory redis) {
        this.sessions = new ReactiveRedisTemplate<>(
                redis,
                RedisSerializationContext.<String, Object>newSerializationContext(StringRedisSerializer.UTF_8)
                        .value(new JdkSerializationRedisSerializer(getClass().getClassLoader()))
                        .build());
        this.index = new ReactiveStringRedisTemplate(redis);
    }

    @Override
    public Mono<Void> saveSessionInformation(OidcSessionInformation info) {
        return sessions.opsForValue()
                .set(sessionKey(info.getSessionId()), info, KEEP)
                .thenMany(Flux.fromIterable(providerKeys(info.getPrincipal())))
                .concatMap(
                        key -> index.opsForSet().add(key, info.getSessionId()).then(index.expire(key, KEEP)))
                .then();
    }

    @Override
    public Mono<OidcSessionInformation> removeSessionInformation(String clientSessionId) {
        return sessions.opsForValue()
                .getAndDelete(sessionKey(clientSessionId))
                .cast(OidcSessionInformation.class)
                .flatMap(info -> Flux.fromIterable(providerKeys(info.getPrincipal()))
                        .concatMap(key -> index.opsForSet().remove(key, clientSessionId))
                        .then(Mono.just(info)));
    }

    @Override
    public Flux<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
        var issuer = logoutToken.getIssuer().toString();
        var byProvider = logoutToken.getSessionId() != null
                ? sessionIndex(issuer, logoutToken.getSessionId())
                : subjectIndex(issuer, logoutToken.getSubject());
        return index.opsForSet()
                .members(byProvider)
                .concatMap(sessionId -> sessions.opsForValue().getAndDelete(sessionKey(sessionId)))
                .cast(OidcSessionInformation.class)
                .concatWith(index.delete(byProvider).then(Mono.empty()));
    }

    private static String sessionKey(String clientSessionId) {
        return PREFIX + "session:" + clientSessionId;
    }

    /** Indexed by the provider's session ({@code sid}) and by the user: a logout token names one or the other. */
    private static List<String> providerKeys(OidcUser user) {
        var issuer = user.getIssuer().toString();
        var sessionId = user.getIdToken().getClaimAsString("sid");
        return sessionId == null
                ? List.of(subjectIndex(issuer, user.getSubject()))
                : List.of(sessionIndex(issuer, sessionId), subjectIndex(issuer, user.getSubject()));
    }

    private static String sessionIndex(String issuer, String sessionId) {
        return PREFIX + "sid:" + issuer + "|" + sessionId;
    }

    private static String subjectIndex(String issuer, @Nullable String subject) {
        return PREFIX + "sub:" + issuer + "|" + subject;
    }
}
