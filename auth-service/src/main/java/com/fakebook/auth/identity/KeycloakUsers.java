package com.fakebook.auth.identity;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * Keycloak's users, through the admin API with auth-service's service account. Every call has a timeout (the
 * client's) and goes through the {@code keycloak} circuit breaker; a failure of Keycloak itself surfaces as
 * {@link IdentityProviderUnavailable}, a refused password as {@link PasswordRejected}.
 */
@Component
public class KeycloakUsers {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUsers.class);

    private final Keycloak keycloak;
    private final KeycloakProperties properties;
    private final CircuitBreaker breaker;

    KeycloakUsers(Keycloak keycloak, KeycloakProperties properties, CircuitBreakerFactory<?, ?> breakers) {
        this.keycloak = keycloak;
        this.properties = properties;
        this.breaker = breakers.create("keycloak");
    }

    /**
     * Creates an enabled, unverified user whose username is the email, with the password; empty when Keycloak
     * already has a user with that email.
     */
    public Optional<UUID> create(String email, String password) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        var user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of("VERIFY_EMAIL"));
        user.setCredentials(List.of(credential));
        return call(() -> {
            try (var response = users().create(user)) {
                return switch (response.getStatus()) {
                    case 201 -> Optional.of(UUID.fromString(CreatedResponseUtil.getCreatedId(response)));
                    case 409 -> Optional.empty();
                    case 400 -> throw new PasswordRejected(describe(response.readEntity(Map.class)));
                    default -> throw new IllegalStateException("Keycloak answered " + response.getStatus());
                };
            }
        });
    }

    public Optional<IdentityUser> findByEmail(String email) {
        return call(
                () -> users().searchByEmail(email, true).stream().findFirst().map(KeycloakUsers::identityUser));
    }

    public Optional<IdentityUser> find(UUID id) {
        return call(() -> {
            try {
                return Optional.of(identityUser(users().get(id.toString()).toRepresentation()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** Has Keycloak mail the verification link (it leads back to the web client once verified). */
    public void sendVerificationMail(UUID id) {
        call(() -> {
            users().get(id.toString())
                    .sendVerifyEmail(
                            properties.verificationClientId(),
                            properties.verificationRedirectUri().toString());
            return null;
        });
    }

    /** Deletes the user, which ends all of its Keycloak sessions; a user already gone is fine. */
    public void delete(UUID id) {
        call(() -> {
            try (var response = users().delete(id.toString())) {
                if (response.getStatus() != 204 && response.getStatus() != 404) {
                    throw new IllegalStateException("Keycloak answered " + response.getStatus());
                }
                return null;
            }
        });
    }

    /** The user's live Keycloak sessions; none for a user Keycloak does not know. */
    public List<IdentitySession> sessions(UUID id) {
        return call(() -> {
            try {
                return users().get(id.toString()).getUserSessions().stream()
                        .map(session -> new IdentitySession(
                                session.getId(),
                                session.getIpAddress(),
                                Instant.ofEpochMilli(session.getStart()),
                                Instant.ofEpochMilli(session.getLastAccess())))
                        .toList();
            } catch (NotFoundException e) {
                return List.of();
            }
        });
    }

    /**
     * Ends one Keycloak session; Keycloak then tells the gateway (back-channel logout), which drops the browser's
     * session. A session already gone is fine.
     */
    public void endSession(String sessionId) {
        call(() -> {
            try {
                keycloak.realm(properties.realm()).deleteSession(sessionId, false);
            } catch (NotFoundException e) {
                log.debug("Session already ended");
            }
            return null;
        });
    }

    /**
     * Ends every session of the user. Each is ended on its own, as {@link #endSession} does, because only that sends
     * the back-channel logout ({@code logout} of the user alone does not); the user's logout then catches a login
     * made meanwhile, whose tokens can no longer be refreshed.
     */
    public void endAllSessions(UUID id) {
        sessions(id).forEach(session -> endSession(session.id()));
        call(() -> {
            try {
                users().get(id.toString()).logout();
            } catch (NotFoundException e) {
                log.debug("User already gone");
            }
            return null;
        });
    }

    private <T> T call(Supplier<T> request) {
        return breaker.run(request, failure -> {
            if (failure instanceof PasswordRejected rejected) {
                throw rejected;
            }
            if (failure instanceof ProcessingException || failure instanceof WebApplicationException) {
                log.warn("Keycloak call failed: {}", failure.toString());
            }
            throw new IdentityProviderUnavailable(failure);
        });
    }

    private UsersResource users() {
        return keycloak.realm(properties.realm()).users();
    }

    private static IdentityUser identityUser(UserRepresentation user) {
        return new IdentityUser(
                UUID.fromString(user.getId()),
                user.getEmail(),
                Boolean.TRUE.equals(user.isEmailVerified()),
                Instant.ofEpochMilli(user.getCreatedTimestamp() == null ? 0 : user.getCreatedTimestamp()));
    }

    /** Keycloak's refusal reads {@code {"error": "invalidPassword…", "error_description": "Invalid password: …"}}. */
    private static String describe(Map<?, ?> error) {
        return error != null && error.get("error_description") instanceof String description
                ? description
                : "The password is not allowed.";
    }
}
