package com.fakebook.auth.identity;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How auth-service reaches Keycloak's admin API.
 *
 * @param url Keycloak's base URL
 * @param realm the realm whose users auth-service manages
 * @param clientId the service account's client ({@code fakebook-auth-service})
 * @param clientSecret its secret
 * @param timeout connect and read timeout of every call
 * @param verificationClientId the client whose login the verification link leads back to
 * @param verificationRedirectUri where the person lands after verifying
 */
@ConfigurationProperties("fakebook.keycloak")
public record KeycloakProperties(
        URI url,
        String realm,
        String clientId,
        String clientSecret,
        Duration timeout,
        String verificationClientId,
        URI verificationRedirectUri) {}
