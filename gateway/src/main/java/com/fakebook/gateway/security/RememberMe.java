package com.fakebook.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remember-me, decided where the person ticked it: on Keycloak's login page. Keycloak then gives the login its
 * remember-me lifetime, which shows in the refresh token's lifetime (hours or days, not the 30 minutes of an
 * ordinary login). Such a login gets a gateway session that lives as long ({@link #LIFETIME}) and a persistent
 * {@code SESSION} cookie that expires with it; any other login keeps a browser-session cookie and 30 minutes idle.
 */
class RememberMe implements ServerAuthenticationSuccessHandler {

    /** How long a remembered session lives without use; Keycloak's remember-me idle time is the same. */
    static final Duration LIFETIME = Duration.ofDays(14);

    /** Set on the login's exchange; {@link RememberMeSessionIdResolver} then writes a persistent cookie. */
    static final String ATTRIBUTE = RememberMe.class.getName();

    private static final Duration ORDINARY_LOGIN_AT_MOST = Duration.ofHours(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerOAuth2AuthorizedClientRepository authorizedClients;
    private final ServerAuthenticationSuccessHandler then;

    /** Then goes on as {@code then} does (to the page the login was for). */
    RememberMe(ServerOAuth2AuthorizedClientRepository authorizedClients, ServerAuthenticationSuccessHandler then) {
        this.authorizedClients = authorizedClients;
        this.then = then;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        var exchange = filterExchange.getExchange();
        return authorizedClients
                .loadAuthorizedClient("keycloak", authentication, exchange)
                .filter(client -> client.getRefreshToken() != null
                        && lifetimeOf(client.getRefreshToken().getTokenValue()).compareTo(ORDINARY_LOGIN_AT_MOST) > 0)
                .flatMap(remembered -> exchange.getSession().doOnNext(session -> {
                    session.setMaxIdleTime(LIFETIME);
                    exchange.getAttributes().put(ATTRIBUTE, Boolean.TRUE);
                }))
                .then(then.onAuthenticationSuccess(filterExchange, authentication));
    }

    /**
     * {@code exp - iat} of a Keycloak refresh token (a JWT), read without checking its signature: the gateway got
     * it from Keycloak's token endpoint itself, and only Keycloak reads it back.
     */
    static Duration lifetimeOf(String refreshToken) {
        try {
            var parts = refreshToken.split("\\.");
            var claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return Duration.ofSeconds(
                    claims.path("exp").asLong() - claims.path("iat").asLong());
        } catch (RuntimeException notAJwt) {
            return Duration.ZERO;
        }
    }
}
