package com.fakebook.e2e;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.HttpCookie;
import java.util.UUID;

/**
 * For bench/gateway-overhead, not a test: makes a user, logs them in through the gateway and directly, and prints
 * the gateway session cookie and an access token as shell assignments ({@code SESSION=…}, {@code TOKEN=…},
 * {@code USER_ID=…}). {@code delete <id>} removes that user afterwards.
 */
public final class BenchmarkLogin {

    private BenchmarkLogin() {}

    public static void main(String[] args) {
        try (var users = KeycloakTestUsers.connect()) {
            if (args.length == 2 && args[0].equals("delete")) {
                users.delete(new TestUser(UUID.fromString(args[1]), "", ""));
                return;
            }
            var user = users.create();
            var browser = LoginThroughTheGatewayIntegrationTests.loggedIn(user);
            System.out.println("SESSION="
                    + browser.cookie("SESSION").map(HttpCookie::getValue).orElseThrow());
            System.out.println("TOKEN=" + AccessTokens.forUser(user));
            System.out.println("USER_ID=" + user.id());
            users.keep(user);
        }
    }
}
