/**
 * The gateway: the only door of Fakebook. Browsers log in here (OAuth2 code flow with Keycloak), hold nothing
 * but a session cookie, and reach the services through routes that relay the user's access token.
 */
@NullMarked
package com.fakebook.gateway;

import org.jspecify.annotations.NullMarked;
