package com.fakebook.testsupport.keycloak;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A person who logs in for real (a Keycloak user of the local realm with genuine access tokens), made once per test
 * run and removed when the JVM exits. Tokens live five minutes; one older than four is replaced by a new login.
 */
public final class Actor {

    private static final Duration TOKEN_KEPT = Duration.ofMinutes(4);
    private static final Map<String, Actor> CAST = new ConcurrentHashMap<>();
    private static KeycloakTestUsers users;

    private final String name;
    private final TestUser user;
    private String token;
    private Instant tokenAt;

    private Actor(String name, TestUser user) {
        this.name = name;
        this.user = user;
    }

    /** The actor of this name, the same one for the whole test run. */
    public static Actor named(String name) {
        return CAST.computeIfAbsent(name, key -> new Actor(key, keycloak().create()));
    }

    private static synchronized KeycloakTestUsers keycloak() {
        if (users == null) {
            users = KeycloakTestUsers.connect();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(users::close));
        }
        return users;
    }

    public UUID id() {
        return user.id();
    }

    public String name() {
        return name;
    }

    public synchronized String token() {
        if (token == null || tokenAt.isBefore(Instant.now().minus(TOKEN_KEPT))) {
            tokenAt = Instant.now();
            token = AccessTokens.forUser(user);
        }
        return token;
    }

    @Override
    public String toString() {
        return name;
    }
}
