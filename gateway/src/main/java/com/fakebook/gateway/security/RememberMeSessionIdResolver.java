package com.fakebook.gateway.security;

import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;

/**
 * The {@code SESSION} cookie: HttpOnly, SameSite=Lax, Secure over HTTPS (as the client sees it, forwarded headers
 * included), and a browser-session cookie unless the login was remembered ({@link RememberMe}); then it expires
 * with the remembered session, {@link RememberMe#LIFETIME} after the login.
 */
class RememberMeSessionIdResolver extends CookieWebSessionIdResolver {

    static final String COOKIE = "SESSION";

    RememberMeSessionIdResolver() {
        setCookieName(COOKIE);
    }

    @Override
    public void setSessionId(ServerWebExchange exchange, String id) {
        var remembered = Boolean.TRUE.equals(exchange.getAttribute(RememberMe.ATTRIBUTE));
        var cookie = ResponseCookie.from(COOKIE, id)
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .secure("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme()));
        if (remembered) {
            cookie.maxAge(RememberMe.LIFETIME);
        }
        exchange.getResponse().getCookies().set(COOKIE, cookie.build());
    }
}
