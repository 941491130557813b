package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A login as a browser makes it, each redirect taken one at a time: the gateway's authorization endpoint sends the
 * browser to Keycloak (code flow with PKCE); Keycloak's login page carries the form; the form's answer sends the
 * browser back to the gateway with the code; the gateway exchanges it for tokens, stores them in the session and
 * sends the browser to the start page; then {@code GET /api/auth/me} proves the session works. Needs
 * {@code email} and {@code password} in the virtual user's session and a cookie jar without a Keycloak login
 * (a new virtual user, or a flushed jar), else Keycloak skips the form.
 */
final class BrowserLogin {

    /** What a browser asks for when it follows a link (the gateway serves the start page only to such a request). */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static final String USER_AGENT = "fakebook-bench (Gatling)";

    private BrowserLogin() {}

    static ChainBuilder logIn() {
        return logIn("/api/auth/me", "$.id");
    }

    /**
     * The same, proved by another call that needs the session: users made straight in Keycloak have no account in
     * auth-service, so {@code GET /api/auth/me} does not serve them.
     */
    static ChainBuilder logIn(String proofPath, String proofField) {
        return exec(http("login: authorization request")
                        .get("/oauth2/authorization/keycloak")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").saveAs("authorizationUrl")))
                .exec(http("login: Keycloak's page")
                        .get("#{authorizationUrl}")
                        .check(status().is(200), css("#kc-form-login", "action").saveAs("loginAction")))
                .exec(http("login: credentials")
                        .post("#{loginAction}")
                        .disableFollowRedirect()
                        .formParam("username", "#{email}")
                        .formParam("password", "#{password}")
                        .formParam("credentialId", "")
                        .check(status().is(302), header("Location").saveAs("callbackUrl")))
                .exec(http("login: code exchange")
                        .get("#{callbackUrl}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").saveAs("landingUrl")))
                .exec(http("login: start page").get("#{landingUrl}").check(status().is(200)))
                .exec(http("login: proof")
                        .get(proofPath)
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath(proofField).exists()));
    }
}
