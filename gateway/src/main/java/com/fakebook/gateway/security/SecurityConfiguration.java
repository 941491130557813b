package com.fakebook.gateway.security;

import com.fakebook.gateway.system.ProblemResponses;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The gateway as a backend for the browser: the user logs in with Keycloak (authorization code + PKCE), the
 * tokens stay in the server-side session (Redis), and the browser holds only the {@code SESSION} cookie
 * (HttpOnly, SameSite=Lax) and a readable {@code XSRF-TOKEN} cookie it echoes in {@code X-XSRF-TOKEN}.
 * API calls without a session get a 401 problem, never a redirect to a login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    /** What only a logged-in user reaches; the rest is the web client's public files and the login itself. */
    static final ServerWebExchangeMatcher API =
            ServerWebExchangeMatchers.pathMatchers("/api/**", "/ws/**", "/fallback/**", "/actuator/**");

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
            ServerOAuth2AuthorizedClientRepository authorizedClients,
            ProblemResponses problems,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") URI issuer) {
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> problems.write(
                exchange,
                HttpStatus.FORBIDDEN,
                "The request was refused: a missing or wrong CSRF token, or no permission.");
        return http.authorizeExchange(exchanges -> exchanges
                        // Served only on the management port, which listens on loopback.
                        .pathMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                        .permitAll()
                        .pathMatchers("/actuator/**")
                        .denyAll()
                        .pathMatchers(
                                HttpMethod.POST, "/api/auth/registrations", "/api/auth/registrations/verification-mail")
                        .permitAll()
                        .matchers(API)
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2Login(login -> login.authorizedClientRepository(authorizedClients)
                        // ?fresh: Keycloak asks for the password again (deleting the account needs a fresh login).
                        .authorizationRequestResolver(new FreshLogin(registrations))
                        .authenticationSuccessHandler(new RememberMe(
                                authorizedClients,
                                FreshLogin.returning(new RedirectServerAuthenticationSuccessHandler()))))
                // Keycloak tells the gateway when one of its sessions ends (ended from "your sessions", log out
                // everywhere, account deleted): the browser's session linked to it is dropped at once.
                .oidcLogout(oidc -> oidc.backChannel(Customizer.withDefaults()))
                .logout(logout -> logout.logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(keycloakLogout(registrations)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginOrProblem(problems))
                        .accessDeniedHandler(forbidden))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(issuer)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                .addFilterAt(new EndedLoginWebFilter(problems), SecurityWebFiltersOrder.LAST)
                .addFilterBefore(new WebSocketOriginFilter(problems), SecurityWebFiltersOrder.CSRF)
                .build();
    }

    /** Links each gateway session to its Keycloak session, for every gateway instance to find. */
    @Bean
    ReactiveOidcSessionRegistry oidcSessionRegistry(ReactiveRedisConnectionFactory redis) {
        return new RedisOidcSessionRegistry(redis);
    }

    /** The SESSION cookie, persistent for remembered logins only. */
    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        return new RememberMeSessionIdResolver();
    }

    /** Pages send the browser to the login; API calls (made by scripts) get a 401 problem they can act on. */
    private static ServerAuthenticationEntryPoint loginOrProblem(ProblemResponses problems) {
        var toLogin = new RedirectServerAuthenticationEntryPoint(LOGIN_PATH);
        return (exchange, denied) -> API.matches(exchange)
                .flatMap(match -> match.isMatch()
                        ? problems.write(
                                exchange, HttpStatus.UNAUTHORIZED, "You are not logged in, or your session has ended.")
                        : toLogin.commence(exchange, denied));
    }

    /** The tokens live in the WebSession, hence in Redis: any gateway instance can relay them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * Gets the user's access token for each relayed request, refreshing it with the refresh token when it expires
     * within {@code fakebook.gateway.token-refresh-ahead} (so a service never receives a token about to lapse).
     */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(
            ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients,
            @Value("${fakebook.gateway.token-refresh-ahead:60s}") Duration refreshAhead) {
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(refreshAhead))
                .build());
        return manager;
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
