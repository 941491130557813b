package com.fakebook.testsupport.keycloak;

import java.net.URI;
import java.util.Optional;

/** Where the local Keycloak and the public URL of Fakebook are; environment variables override the defaults. */
public final class LocalKeycloak {

    public static final String REALM = "fakebook";
    public static final String GATEWAY_CLIENT_ID = "fakebook-gateway";
    public static final String ADMIN_CLIENT_ID = "fakebook-auth-service";

    private LocalKeycloak() {}

    public static String url() {
        return env("FAKEBOOK_KEYCLOAK_URL", "http://localhost:8180");
    }

    public static String publicUrl() {
        return env("FAKEBOOK_PUBLIC_URL", "http://localhost:8080");
    }

    public static String issuer() {
        return url() + "/realms/" + REALM;
    }

    static URI oidc(String endpoint) {
        return URI.create(issuer() + "/protocol/openid-connect/" + endpoint);
    }

    private static String env(String key, String fallback) {
        return Optional.ofNullable(System.getenv(key)).orElse(fallback);
    }
}
