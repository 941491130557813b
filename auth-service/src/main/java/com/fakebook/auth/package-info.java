/** auth-service: Fakebook's accounts (id = Keycloak {@code sub}, email, status) on top of Keycloak. */
@NullMarked
package com.fakebook.auth;

import org.jspecify.annotations.NullMarked;
