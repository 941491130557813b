/**
 * The defaults every Fakebook service behind the gateway shares: security for Keycloak's JWTs and problem details
 * for errors. Auto-configured; a service states only what differs (e.g. {@code fakebook.security.public-paths}).
 */
@NullMarked
package com.fakebook.servicedefaults;

import org.jspecify.annotations.NullMarked;
