package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The registry linking gateway sessions to Keycloak sessions, against the real Redis: what one gateway instance
 * saved at login, any instance finds from Keycloak's logout token, once.
 */
class RedisOidcSessionRegistryIntegrationTests {

    static final String ISSUER = "http://localhost:8180/realms/fakebook";

    static LettuceConnectionFactory redis;

    @BeforeAll
    static void connect() {
        redis = new LettuceConnectionFactory("127.0.0.1", 6379);
        redis.afterPropertiesSet();
    }

    @AfterAll
    static void disconnect() {
        redis.destroy();
    }

    @Test
    void aLogoutTokenNamingTheKeycloakSessionFindsTheGatewaySessionOnAnotherInstance() {
        var subject = UUID.randomUUID().toString();
        var keycloakSession = UUID.randomUUID().toString();
        var gatewaySession = UUID.randomUUID().toString();
        new RedisOidcSessionRegistry(redis)
                .saveSessionInformation(login(gatewaySession, subject, keycloakSession))
                .block();

        var ended = new RedisOidcSessionRegistry(redis)
                .removeSessionInformation(logoutToken(subject, keycloakSession))
                .collectList()
                .block();

        assertThat(ended).extracting(OidcSessionInformation::getSessionId).containsExactly(gatewaySession);
        assertThat(ended.getFirst().getAuthorities()).containsEntry("X-XSRF-TOKEN", "csrf-token");
    }

    @Test
    void eachKeycloakSessionEndsOnlyItsOwnGatewaySession() {
        var registry = new RedisOidcSessionRegistry(redis);
        var subject = UUID.randomUUID().toString();
        var laptop = UUID.randomUUID().toString();
        var phone = UUID.randomUUID().toString();
        registry.saveSessionInformation(login("laptop-" + laptop, subject, laptop))
                .block();
        registry.saveSessionInformation(login("phone-" + phone, subject, phone)).block();

        var ended = registry.removeSessionInformation(logoutToken(subject, phone))
                .collectList()
                .block();

        assertThat(ended).extracting(OidcSessionInformation::getSessionId).containsExactly("phone-" + phone);
        assertThat(registry.removeSessionInformation("laptop-" + laptop).block())
                .as("the laptop's session is still registered")
                .isNotNull();
    }

    @Test
    void aLogoutTokenWithoutSessionEndsEveryGatewaySessionOfTheUser() {
        var registry = new RedisOidcSessionRegistry(redis);
        var subject = UUID.randomUUID().toString();
        registry.saveSessionInformation(
                        login("a-" + subject, subject, UUID.randomUUID().toString()))
                .block();
        registry.saveSessionInformation(
                        login("b-" + subject, subject, UUID.randomUUID().toString()))
                .block();

        var ended = registry.removeSessionInformation(logoutToken(subject, null))
                .collectList()
                .block();

        assertThat(ended)
                .extracting(OidcSessionInformation::getSessionId)
                .containsExactlyInAnyOrder("a-" + subject, "b-" + subject);
    }

    @Test
    void aSessionLoggedOutLocallyIsNotFoundAgain() {
        var registry = new RedisOidcSessionRegistry(redis);
        var subject = UUID.randomUUID().toString();
        var keycloakSession = UUID.randomUUID().toString();
        registry.saveSessionInformation(login("gw-" + keycloakSession, subject, keycloakSession))
                .block();

        assertThat(registry.removeSessionInformation("gw-" + keycloakSession).block())
                .isNotNull();

        assertThat(registry.removeSessionInformation(logoutToken(subject, keycloakSession))
                        .collectList()
                        .block())
                .isEmpty();
    }

    private static OidcSessionInformation login(String gatewaySession, String subject, String keycloakSession) {
        var idToken = OidcIdToken.withTokenValue("id-token")
                .issuer(ISSUER)
                .subject(subject)
                .claim("sid", keycloakSession)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        return new OidcSessionInformation(
                gatewaySession, Map.of("X-XSRF-TOKEN", "csrf-token"), new DefaultOidcUser(List.of(), idToken));
    }

    private static OidcLogoutToken logoutToken(String subject, String keycloakSession) {
        var token = OidcLogoutToken.withTokenValue("logout-token")
                .issuer(ISSUER)
                .subject(subject)
                .audience(List.of("fakebook-gateway"))
                .issuedAt(Instant.now())
                .jti(UUID.randomUUID().toString())
                .events(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        if (keycloakSession != null) {
            token.sessionId(keycloakSession);
        }
        return token.build();
    }
}
