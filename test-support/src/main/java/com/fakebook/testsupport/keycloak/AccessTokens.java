package com.fakebook.testsupport.keycloak;

import com.fakebook.testsupport.LocalSecrets;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens for a test user, got the way the gateway gets them: an authorization code flow with PKCE
 * through Keycloak's login form, the code exchanged with the gateway client's secret. Lets a service be tested
 * with genuine JWTs without running the gateway.
 */
public final class AccessTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokens() {}

    public static String forUser(TestUser user) {
        var verifier = randomUrlSafe(32);
        var browser = new BrowserSession();
        var answer = submitLoginForm(browser, verifier, user.email(), user.password());
        if (!isLoggedIn(answer)) {
            throw new IllegalStateException("login of " + user.email() + " failed: status " + answer.statusCode());
        }
        var code = queryParameter(BrowserSession.location(answer), "code");

        var tokenResponse = browser.send(HttpRequest.newBuilder(LocalKeycloak.oidc("token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BrowserSession.formEncoded(Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        redirectUri(),
                        "client_id",
                        LocalKeycloak.GATEWAY_CLIENT_ID,
                        "client_secret",
                        LocalSecrets.get("FAKEBOOK_GATEWAY_CLIENT_SECRET"),
                        "code_verifier",
                        verifier)))));
        return accessToken(tokenResponse);
    }

    /**
     * Starts the gateway client's login at Keycloak and submits the login form with these credentials, as a person
     * would, following Keycloak's own redirects; returns where it ends: a redirect to the gateway with a code when
     * the login succeeded ({@link #isLoggedIn}), or the page Keycloak shows instead (wrong password, verify your
     * email...).
     */
    public static HttpResponse<String> attemptLogin(String email, String password) {
        return submitLoginForm(new BrowserSession(), randomUrlSafe(32), email, password);
    }

    private static HttpResponse<String> submitLoginForm(
            BrowserSession browser, String verifier, String email, String password) {
        var loginPage = browser.get(URI.create(LocalKeycloak.oidc("auth") + "?"
                + BrowserSession.formEncoded(Map.of(
                        "client_id",
                        LocalKeycloak.GATEWAY_CLIENT_ID,
                        "response_type",
                        "code",
                        "scope",
                        "openid email profile",
                        "redirect_uri",
                        redirectUri(),
                        "state",
                        randomUrlSafe(16),
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256"))));
        var answer = browser.submitLogin(loginPage, email, password, false);
        return browser.followRedirects(answer, target -> target.toString().startsWith(redirectUri()));
    }

    /** Whether Keycloak's answer sends the browser back to the gateway with an authorization code. */
    public static boolean isLoggedIn(HttpResponse<String> answer) {
        return BrowserSession.isRedirect(answer)
                && BrowserSession.location(answer).toString().startsWith(redirectUri())
                && BrowserSession.location(answer).getQuery().contains("code=");
    }

    private static String redirectUri() {
        return LocalKeycloak.publicUrl() + "/login/oauth2/code/keycloak";
    }

    /**
     * A token of auth-service's own service account (client credentials): genuine, signed by the realm, but not
     * meant for Fakebook's APIs (no {@code fakebook-api} audience), so the services must refuse it.
     */
    public static String forAdminClient() {
        var tokenResponse = new BrowserSession()
                .send(HttpRequest.newBuilder(LocalKeycloak.oidc("token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(BrowserSession.formEncoded(Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                LocalKeycloak.ADMIN_CLIENT_ID,
                                "client_secret",
                                LocalSecrets.get("FAKEBOOK_AUTH_ADMIN_CLIENT_SECRET"))))));
        return accessToken(tokenResponse);
    }

    private static String accessToken(HttpResponse<String> tokenResponse) {
        if (tokenResponse.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + tokenResponse.body());
        }
        return JSON.readTree(tokenResponse.body()).get("access_token").asString();
    }

    private static String queryParameter(URI uri, String name) {
        for (var pair : uri.getRawQuery().split("&")) {
            var separator = pair.indexOf('=');
            if (separator > 0 && pair.substring(0, separator).equals(name)) {
                return URLDecoder.decode(pair.substring(separator + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no " + name + " in " + uri);
    }

    private static String randomUrlSafe(int bytes) {
        var buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
