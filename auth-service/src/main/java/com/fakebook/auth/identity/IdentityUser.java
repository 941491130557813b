package com.fakebook.auth.identity;

import java.time.Instant;
import java.util.UUID;

/** A Keycloak user, as far as auth-service cares: its id (the tokens' {@code sub}), whether it verified, since when. */
public record IdentityUser(UUID id, String email, boolean emailVerified, Instant createdAt) {}
