/**
 * Sessions: the caller's logins (Keycloak's sessions, described by the browser and address auth-service saw use
 * them), ending one, and logging out everywhere.
 */
@NullMarked
package com.fakebook.auth.session;

import org.jspecify.annotations.NullMarked;
