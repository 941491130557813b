package com.fakebook.testsupport.keycloak;

import java.util.UUID;

/** A verified Keycloak user made for one test; its id is the {@code sub} of its tokens. */
public record TestUser(UUID id, String email, String password) {}
