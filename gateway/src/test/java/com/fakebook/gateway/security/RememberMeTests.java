package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RememberMeTests {

    @Test
    void aRefreshTokensLifetimeIsItsExpiryLessItsIssueTime() {
        var token = jwt("{\"iat\":1795550000,\"exp\":1796759600}");

        assertThat(RememberMe.lifetimeOf(token)).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void somethingThatIsNotAJwtHasNoLifetime() {
        assertThat(RememberMe.lifetimeOf("opaque-refresh-token")).isZero();
    }

    private static String jwt(String claims) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"HS512\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
