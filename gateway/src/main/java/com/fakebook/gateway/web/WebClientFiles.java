package com.fakebook.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the web client (a single-page app built by Vite into {@code static/}) well:
 * <ul>
 *   <li>a page address the client routes itself ({@code /friends}, {@code /people/…}) gets {@code index.html}, so
 *       a reload or a shared link works; addresses of the API, the login and the logout, and of files (a dot in
 *       the last segment), are left alone and 404 when nothing answers them;
 *   <li>{@code /assets/…} are named by their content's hash, so the browser keeps them for a year unasked;
 *       {@code index.html} names the current ones, so it is checked again on every visit.
 * </ul>
 * Runs before Spring Security, whose headers (the Content-Security-Policy above all) every answer still gets; its
 * {@code Cache-Control: no-store} default is kept for everything else (API answers).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebClientFiles implements WebFilter {

    static final String INDEX = "/index.html";

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl REVALIDATE = CacheControl.noCache();

    /** Paths that are not the client's pages: the API, live channels, login, logout and the operators'. */
    private static final List<String> NOT_PAGES =
            List.of("/api/", "/ws/", "/oauth2/", "/login", "/logout", "/fallback/", "/actuator/", "/assets/", "/error");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return chain.filter(exchange);
        }
        var path = request.getPath().pathWithinApplication().value();
        var headers = exchange.getResponse().getHeaders();
        if (path.startsWith("/assets/")) {
            headers.setCacheControl(IMMUTABLE);
            return chain.filter(exchange);
        }
        if (isPage(path)) {
            headers.setCacheControl(REVALIDATE);
            return chain.filter(exchange.mutate()
                    .request(request.mutate().path(INDEX).build())
                    .build());
        }
        return chain.filter(exchange);
    }

    static boolean isPage(String path) {
        if (path.equals(INDEX)) {
            return true;
        }
        if (NOT_PAGES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix))) {
            return false;
        }
        var lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }
}
