package com.fakebook.auth.session;

import com.fakebook.auth.web.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Notes which browser and address use each session, from every authenticated call that reaches auth-service (the
 * web client asks for {@code /api/auth/me} on every start). A failure to note it never fails the call.
 */
@Configuration(proxyBeanMethods = false)
class SessionSightings implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SessionSightings.class);

    private final SessionDevices devices;
    private final Clock clock;

    SessionSightings(SessionDevices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/auth/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken authentication
                && authentication.getToken().getClaimAsString(SessionClaims.SESSION_ID) instanceof String sessionId) {
            var now = clock.instant();
            var userAgent = Optional.ofNullable(request.getHeader(HttpHeaders.USER_AGENT))
                    .orElse("");
            try {
                devices.record(new SessionDevice(
                        sessionId,
                        UUID.fromString(authentication.getToken().getSubject()),
                        userAgent,
                        ClientAddresses.of(request),
                        now,
                        now));
            } catch (DataAccessException e) {
                log.warn("Could not note the session's device: {}", e.toString());
            }
        }
        return true;
    }
}
