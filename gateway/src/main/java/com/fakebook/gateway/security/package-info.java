/**
 * The browser's side of security: OAuth2 login against Keycloak, the session (Redis) that keeps the tokens,
 * CSRF, logout of both the gateway and Keycloak, and the Origin check on WebSocket upgrades.
 */
@NullMarked
package com.fakebook.gateway.security;

import org.jspecify.annotations.NullMarked;
