package com.fakebook.e2e;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.HttpCookie;
import java.util.UUID;

/**
 * For the bench/ scripts (gateway-overhead, notifications, chat-history), not a test: makes a user, logs them in
 * through the gateway and directly, and prints the gateway session cookie and an access token as shell assignments
 * ({@code SESSION=…}, {@code TOKEN=…}, {@code USER_ID=…}, and {@code EMAIL=…} and {@code PASSWORD=…} to log in
 * again). {@code login <id> <email> <password>} logs that user in again (a new session and token: a token lasts 5
 * minutes); {@code delete <id>} removes the user afterwards.
 */
public final class BenchmarkLogin {

    private BenchmarkLogin() {}

    public static void main(String[] args) {
        try (var users = KeycloakTestUsers.connect()) {
            if (args.length == 2 && args[0].equals("delete")) {
                users.delete(new TestUser(UUID.fromString(args[1]), "", ""));
                return;
            }
            if (args.length == 4 && args[0].equals("login")) {
                logIn(new TestUser(UUID.fromString(args[1]), args[2], args[3]));
                return;
            }
            var user = users.create();
            logIn(user);
            System.out.println("EMAIL=" + user.email());
            System.out.println("PASSWORD=" + user.password());
            users.keep(user);
        }
    }

    private static void logIn(TestUser user) {
        var browser = LoginThroughTheGatewayIntegrationTests.loggedIn(user);
        System.out.println(
                "SESSION=" + browser.cookie("SESSION").map(HttpCookie::getValue).orElseThrow());
        System.out.println("TOKEN=" + AccessTokens.forUser(user));
        System.out.println("USER_ID=" + user.id());
    }
}
