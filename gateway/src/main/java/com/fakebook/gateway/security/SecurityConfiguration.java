package com.fakebook.gateway.security;

import com.fakebook.gateway.system.ProblemResponses;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The gateway as a backend for the browser: the user logs in with Keycloak (authorization code + PKCE), the
 * tokens stay in the server-side session (Redis), and the browser holds only the {@code SESSION} cookie
 * (HttpOnly, SameSite=Lax) and a readable {@code XSRF-TOKEN} cookie it echoes in {@code X-XSRF-TOKEN}.
 * API calls without a session get a 401 problem, never a redirect to a login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    /** No inline script or style, nothing from elsewhere; forms may post here and go on to Keycloak (logout). */
    static String contentSecurityPolicy(URI issuer) {
        var keycloakOrigin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + keycloakOrigin + "; frame-ancestors 'none'";
    }

    @Bean
    SecurityWebFilterChain browserSecurity(
            ServerHttpSecurity http,
            ReactiveClientRegistrationRepository registrations,
            ProblemResponses problems,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") URI issuer) {
        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/**", "/ws/**", "/fallback/**")
                        .authenticated()
                        .pathMatchers("/actuator/**")
                        .denyAll()
                        .anyExchange()
                        .permitAll())
                .oauth2Login(login -> login.authorizedClientRepository(authorizedClients()))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout(registrations)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((exchange, denied) -> ServerWebExchangeMatchers.pathMatchers(
                                        "/api/**", "/ws/**")
                                .matches(exchange)
                                .flatMap(match -> match.isMatch()
                                        ? problems.write(
                                                exchange,
                                                HttpStatus.UNAUTHORIZED,
                                                "You are not logged in, or your session has ended.")
                                        : new RedirectServerAuthenticationEntryPoint(LOGIN_PATH)
                                                .commence(exchange, denied)))
                        .accessDeniedHandler((exchange, denied) -> problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "The request was refused: a missing or wrong CSRF token, or no permission.")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(issuer)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                .addFilterBefore(new WebSocketOriginFilter(problems), SecurityWebFiltersOrder.CSRF)
                .build();
    }

    /** The tokens live in the WebSession, hence in Redis: any gateway instance can relay them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    private static CookieServerCsrfTokenRepository csrfCookie() {
        var repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return repository;
    }

    /** Ends the Keycloak session too (RP-initiated logout), then comes back to the home page. */
    private static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(
            ReactiveClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
