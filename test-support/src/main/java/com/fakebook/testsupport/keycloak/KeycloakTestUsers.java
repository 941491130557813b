package com.fakebook.testsupport.keycloak;

import com.fakebook.testsupport.LocalSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates verified users in the local realm through the admin API, with auth-service's service account (which may
 * manage users and nothing else), and deletes every user it created when closed.
 */
public final class KeycloakTestUsers implements AutoCloseable {

    private final Keycloak keycloak;
    private final List<UUID> created = new ArrayList<>();

    private KeycloakTestUsers(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    public static KeycloakTestUsers connect() {
        return new KeycloakTestUsers(KeycloakBuilder.builder()
                .serverUrl(LocalKeycloak.url())
                .realm(LocalKeycloak.REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(LocalKeycloak.ADMIN_CLIENT_ID)
                .clientSecret(LocalSecrets.get("FAKEBOOK_AUTH_ADMIN_CLIENT_SECRET"))
                .build());
    }

    /** A new enabled user with a verified address and a password that meets the realm's policy. */
    public TestUser create() {
        return create(newEmail(), "Pw-" + UUID.randomUUID().toString().replace("-", ""), true);
    }

    /** A new user who has not verified the address yet. */
    public TestUser createUnverified() {
        return create(newEmail(), "Pw-" + UUID.randomUUID().toString().replace("-", ""), false);
    }

    /**
     * Tries to create a user with the given password; Keycloak refuses one that breaks the realm's password policy
     * (a {@code jakarta.ws.rs.BadRequestException} or a 400 response).
     */
    public TestUser create(String email, String password, boolean emailVerified) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        var user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        user.setEmailVerified(emailVerified);
        user.setCredentials(List.of(credential));

        try (var response = keycloak.realm(LocalKeycloak.REALM).users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalArgumentException(
                        "Keycloak refused the user: " + response.getStatus() + " " + response.readEntity(String.class));
            }
            var id = UUID.fromString(CreatedResponseUtil.getCreatedId(response));
            created.add(id);
            return new TestUser(id, email, password);
        }
    }

    /** Ends every Keycloak session of the user, as "log out everywhere" or an administrator would. */
    public void endSessions(TestUser user) {
        keycloak.realm(LocalKeycloak.REALM).users().get(user.id().toString()).logout();
    }

    /** The id of the user with this email, if Keycloak has one. */
    public Optional<UUID> idOf(String email) {
        return keycloak.realm(LocalKeycloak.REALM).users().searchByEmail(email, true).stream()
                .findFirst()
                .map(user -> UUID.fromString(user.getId()));
    }

    /** Deletes the user with this email, if any (users a test made through the application, not through here). */
    public void forget(String email) {
        idOf(email)
                .ifPresent(id -> keycloak.realm(LocalKeycloak.REALM)
                        .users()
                        .delete(id.toString())
                        .close());
    }

    public static String newEmail() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8) + "@fakebook.test";
    }

    public void delete(TestUser user) {
        keycloak.realm(LocalKeycloak.REALM).users().delete(user.id().toString()).close();
        created.remove(user.id());
    }

    /** Leaves the user in the realm when this closes (a benchmark deletes it later). */
    public void keep(TestUser user) {
        created.remove(user.id());
    }

    @Override
    public void close() {
        for (var id : List.copyOf(created)) {
            keycloak.realm(LocalKeycloak.REALM).users().delete(id.toString()).close();
        }
        created.clear();
        keycloak.close();
    }
}
