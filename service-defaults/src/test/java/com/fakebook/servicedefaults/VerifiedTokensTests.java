package com.fakebook.servicedefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** A real Nimbus decoder with its own RSA key behind the cache; the count is how often it really checked. */
class VerifiedTokensTests {

    static final RSAKey KEY = newKey();
    static final RSAKey OTHER_KEY = newKey();

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));
    final AtomicInteger checks = new AtomicInteger();
    final JwtDecoder verifier = checked(KEY);
    final VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);

    @Test
    void aTokenThatVerifiedIsAnsweredFromMemoryWhileItLives() {
        var token = signed(KEY, "ana", clock.instant().plus(Duration.ofMinutes(5)));

        var first = tokens.decode(token);
        var second = tokens.decode(token);

        assertThat(second.getSubject()).isEqualTo("ana");
        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aTokenIsCheckedAgainOnceItHasExpiredAndThenRefused() {
        var token = signed(KEY, "ana", clock.instant().plus(Duration.ofMinutes(5)));
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(5).plusSeconds(61));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedEveryTime() {
        var forged = signed(OTHER_KEY, "ana", clock.instant().plus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void differentTokensAreEachCheckedAndAnsweredForTheirOwnSubject() {
        var ana = signed(KEY, "ana", clock.instant().plus(Duration.ofMinutes(5)));
        var bruno = signed(KEY, "bruno", clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(tokens.decode(ana).getSubject()).isEqualTo("ana");
        assertThat(tokens.decode(bruno).getSubject()).isEqualTo("bruno");
        assertThat(tokens.decode(ana).getSubject()).isEqualTo("ana");
        assertThat(checks).hasValue(2);
    }

    private JwtDecoder checked(RSAKey key) {
        try {
            var nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            var times = new JwtTimestampValidator();
            times.setClock(clock);
            nimbus.setJwtValidator(times);
            return token -> {
                checks.incrementAndGet();
                return nimbus.decode(token);
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signed(RSAKey key, String subject, Instant expiresAt) {
        try {
            var claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(expiresAt))
                    .build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
