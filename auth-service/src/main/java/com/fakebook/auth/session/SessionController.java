package com.fakebook.auth.session;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's sessions (the token's subject); the one asking is the token's {@code sid}. */
@RestController
@RequestMapping("/api/auth/sessions")
class SessionController {

    private final SessionManagement sessions;

    SessionController(SessionManagement sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    List<SessionView> list(@AuthenticationPrincipal Jwt token) {
        return sessions.sessionsOf(subject(token), token.getClaimAsString(SessionClaims.SESSION_ID));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> end(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        sessions.end(subject(token), id);
        return ResponseEntity.noContent().build();
    }

    /** Log out everywhere: every session of the caller ends, this one too. */
    @DeleteMapping
    ResponseEntity<Void> endAll(@AuthenticationPrincipal Jwt token) {
        sessions.endAll(subject(token));
        return ResponseEntity.noContent().build();
    }

    private static UUID subject(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
