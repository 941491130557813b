package com.fakebook.auth.session;

/** Claims of Keycloak's access tokens that name the session. */
final class SessionClaims {

    /** The Keycloak session the token was issued in. */
    static final String SESSION_ID = "sid";

    private SessionClaims() {}
}
