package com.fakebook.notification;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real Keycloak users of the local realm for this test run, one per name, removed when the JVM exits, with access
 * tokens got by logging in as the gateway does; a token is renewed after four of its five minutes.
 */
public final class Logins {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);
    private static final Map<String, TestUser> USERS = new ConcurrentHashMap<>();
    private static final Map<TestUser, Token> TOKENS = new ConcurrentHashMap<>();
    private static KeycloakTestUsers keycloak;

    private record Token(String value, Instant at) {}

    private Logins() {}

    public static TestUser user(String name) {
        return USERS.computeIfAbsent(name, key -> keycloak().create());
    }

    public static String token(TestUser user) {
        return TOKENS.compute(
                        user,
                        (key, token) -> token == null
                                        || token.at().isBefore(Instant.now().minus(RENEW_AFTER))
                                ? new Token(AccessTokens.forUser(key), Instant.now())
                                : token)
                .value();
    }

    private static synchronized KeycloakTestUsers keycloak() {
        if (keycloak == null) {
            keycloak = KeycloakTestUsers.connect();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(keycloak::close));
        }
        return keycloak;
    }
}
