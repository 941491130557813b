package com.fakebook.auth.session;

import com.fakebook.auth.identity.IdentitySession;
import com.fakebook.auth.identity.KeycloakUsers;
import com.fakebook.events.account.AccountDeleted;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A person's sessions. Keycloak is the truth of which are alive, and ending one there ends the browser's gateway
 * session too (Keycloak's back-channel logout to the gateway); auth-service adds what it saw of each.
 */
@Service
class SessionManagement {

    private static final Logger log = LoggerFactory.getLogger(SessionManagement.class);

    private final KeycloakUsers keycloak;
    private final SessionDevices devices;

    SessionManagement(KeycloakUsers keycloak, SessionDevices devices) {
        this.keycloak = keycloak;
        this.devices = devices;
    }

    /** The live sessions, last seen first; descriptions of sessions that ended meanwhile are forgotten. */
    List<SessionView> sessionsOf(UUID accountId, @Nullable String currentSessionId) {
        var live = keycloak.sessions(accountId);
        var seen = devices.ofAccount(accountId);
        var liveIds = live.stream().map(IdentitySession::id).toList();
        seen.keySet().stream().filter(id -> !liveIds.contains(id)).forEach(devices::remove);
        return live.stream()
                .map(session -> SessionView.of(session, seen.get(session.id()), currentSessionId))
                .sorted(Comparator.comparing(SessionView::lastSeenAt).reversed())
                .toList();
    }

    /** Ends one of the caller's sessions; an id that is not one of theirs is not found, whoever's it is. */
    void end(UUID accountId, String sessionId) {
        var theirs = keycloak.sessions(accountId).stream()
                .anyMatch(session -> session.id().equals(sessionId));
        if (!theirs) {
            throw new SessionNotFound();
        }
        keycloak.endSession(sessionId);
        devices.remove(sessionId);
        log.info("Account {} ended one of its sessions", accountId);
    }

    /** Logs the person out everywhere, this browser included. */
    void endAll(UUID accountId) {
        keycloak.endAllSessions(accountId);
        devices.removeAllOf(accountId);
        log.info("Account {} logged out everywhere", accountId);
    }

    /** In the transaction that deletes the account. */
    @EventListener
    void forgetDevices(AccountDeleted deleted) {
        devices.removeAllOf(deleted.accountId());
    }
}
