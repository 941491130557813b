package com.fakebook.servicedefaults;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that checks each access token once. The gateway relays the same token with every call of a
 * login until it refreshes it (Keycloak's tokens live 5 minutes), and parsing it and checking its RSA signature was
 * a tenth of friend-service's CPU per call (JFR under {@code bench/notifications}). A token the decoder it wraps
 * accepted (signature, issuer, audience, times) is kept, up to {@code capacity} of them, and the same string is
 * answered from memory until the token's {@code exp}; from then on every call goes to the wrapped decoder, which
 * decides (with its clock skew). A token it refused is not kept, so a bad token costs a full check every time, as
 * before. What this gives up: a signing key withdrawn from Keycloak's key set stops being trusted by a service only
 * when the tokens it signed expire, at most 5 minutes later (a withdrawn key's tokens were never revoked one by one
 * here either: a JWT is trusted until its {@code exp}).
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    VerifiedTokens(JwtDecoder decoder, long capacity, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(new UntilTheTokenExpires(clock))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = accepted.getIfPresent(token);
        if (known != null && isLive(known)) {
            return known;
        }
        var jwt = decoder.decode(token);
        if (isLive(jwt)) {
            accepted.put(token, jwt);
        }
        return jwt;
    }

    /** Kept only while the token has not expired by this service's clock; one without {@code exp} is never kept. */
    private boolean isLive(Jwt jwt) {
        var expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }

    /** Each entry leaves memory when its token expires (the check above is what decides; this frees the memory). */
    private record UntilTheTokenExpires(Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            var expiresAt = jwt.getExpiresAt();
            var left = expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
            return Math.max(0, left.toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
