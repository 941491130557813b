package com.fakebook.gateway.security;

import com.fakebook.gateway.system.ProblemResponses;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A WebSocket upgrade carries the session cookie but no CSRF token, so a foreign page could open a socket in the
 * user's name (cross-site WebSocket hijacking). Only upgrades whose {@code Origin} is the gateway's own origin
 * (as the client sees it, forwarded headers included) are let through.
 */
class WebSocketOriginFilter implements WebFilter {

    private final ProblemResponses problems;

    WebSocketOriginFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        if (!"websocket".equalsIgnoreCase(headers.getUpgrade())) {
            return chain.filter(exchange);
        }
        var origin = headers.getOrigin();
        if (origin != null
                && sameOrigin(URI.create(origin), exchange.getRequest().getURI())) {
            return chain.filter(exchange);
        }
        return problems.write(
                exchange, HttpStatus.FORBIDDEN, "Live connections are accepted only from Fakebook's own pages.");
    }

    static boolean sameOrigin(URI origin, URI request) {
        return scheme(origin).equals(scheme(request))
                && origin.getHost() != null
                && origin.getHost().equalsIgnoreCase(request.getHost())
                && port(origin) == port(request);
    }

    /** The Origin header as a URI; null when absent or malformed (then it is no origin of ours). */
    private static @Nullable URI parse(@Nullable String origin) {
        if (origin == null) {
            return null;
        }
        try {
            return new URI(origin);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String scheme(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "ws" -> "http";
            case "wss" -> "https";
            default -> scheme;
        };
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return scheme(uri).equals("https") ? 443 : 80;
    }
}
