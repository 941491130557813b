package com.fakebook.gateway.security;

import java.net.URI;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "Log in again" for what needs a fresh login (deleting the account: auth-service wants an {@code auth_time} at
 * most 5 minutes old). {@code /oauth2/authorization/keycloak?fresh} asks Keycloak to ask for the password even
 * though its session is open ({@code prompt=login}, {@code max_age=0}), so a session left open on someone else's
 * screen, or a stolen cookie, cannot get a fresh login without the password; the person then comes back to
 * Settings ({@link #RETURN_TO}, fixed: the address is not taken from the request). Any other login is unchanged.
 */
final class FreshLogin implements ServerOAuth2AuthorizationRequestResolver {

    /** The query parameter that asks for a fresh login. */
    static final String PARAMETER = "fresh";

    /** Where a fresh login comes back to. */
    static final URI RETURN_TO = URI.create("/settings");

    private static final String RETURN_ATTRIBUTE = FreshLogin.class.getName() + ".return";

    private final ServerOAuth2AuthorizationRequestResolver resolver;

    FreshLogin(ReactiveClientRegistrationRepository registrations) {
        this.resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return resolver.resolve(exchange).flatMap(request -> fresh(exchange, request));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return resolver.resolve(exchange, clientRegistrationId).flatMap(request -> fresh(exchange, request));
    }

    private static Mono<OAuth2AuthorizationRequest> fresh(
            ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
        if (!exchange.getRequest().getQueryParams().containsKey(PARAMETER)) {
            // An ordinary login goes where it goes, even after a fresh one begun and left.
            return exchange.getSession()
                    .doOnNext(session -> session.getAttributes().remove(RETURN_ATTRIBUTE))
                    .thenReturn(request);
        }
        var again = OAuth2AuthorizationRequest.from(request)
                .additionalParameters(parameters -> {
                    parameters.put("prompt", "login");
                    parameters.put("max_age", "0");
                })
                .build();
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().put(RETURN_ATTRIBUTE, RETURN_TO.toString()))
                .thenReturn(again);
    }

    /** After a login: to Settings when it was a fresh login asked for here, else as {@code otherwise} goes. */
    static ServerAuthenticationSuccessHandler returning(ServerAuthenticationSuccessHandler otherwise) {
        var redirect = new DefaultServerRedirectStrategy();
        return (filterExchange, authentication) -> {
            var exchange = filterExchange.getExchange();
            return exchange.getSession()
                    .flatMap(session -> session.getAttributes().remove(RETURN_ATTRIBUTE) instanceof String to
                            ? redirect.sendRedirect(exchange, URI.create(to))
                            : otherwise.onAuthenticationSuccess(filterExchange, authentication));
        };
    }
}
