package com.fakebook.gateway.security;

import com.fakebook.gateway.system.ProblemResponses;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * When the user's tokens can no longer be refreshed (the Keycloak session ended, was revoked or the user deleted),
 * the login is over: the gateway session is invalidated and the call gets a 401 problem, as if never logged in,
 * instead of a 500 or a redirect to Keycloak that a script cannot follow. Any other failure to get a token
 * (Keycloak down) keeps the session and answers 503: the login may still be good.
 */
class EndedLoginWebFilter implements WebFilter {

    /** OAuth2 error codes that mean the login itself is over. */
    private static final Set<String> LOGIN_ENDED =
            Set.of(OAuth2ErrorCodes.INVALID_GRANT, OAuth2ErrorCodes.INVALID_TOKEN, "client_authorization_required");

    private final ProblemResponses problems;

    EndedLoginWebFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange)
                .onErrorResume(
                        OAuth2AuthorizationException.class,
                        ended -> exchange.getSession()
                                .flatMap(WebSession::invalidate)
                                .then(problems.write(
                                        exchange,
                                        HttpStatus.UNAUTHORIZED,
                                        "Your session has ended. Please log in again.")));
    }
}
