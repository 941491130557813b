package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

class LeanClientRegistrationsTests {

    static final String REALM = "http://localhost:8180/realms/fakebook";

    @Test
    void onlyTheEndSessionEndpointOfTheDiscoveryDocumentStays() {
        var lean = LeanClientRegistrations.lean(discovered(Map.of(
                "end_session_endpoint", REALM + "/protocol/openid-connect/logout",
                "grant_types_supported", List.of("authorization_code", "refresh_token"),
                "claims_supported", List.of("sub", "email"))));

        assertThat(lean.getProviderDetails().getConfigurationMetadata())
                .containsExactly(Map.entry("end_session_endpoint", REALM + "/protocol/openid-connect/logout"));
    }

    @Test
    void theEndpointsTheLoginAndTheRefreshUseStay() {
        var original = discovered(Map.of("claims_supported", List.of("sub")));

        var lean = LeanClientRegistrations.lean(original);

        assertThat(lean.getProviderDetails().getConfigurationMetadata()).isEmpty();
        assertThat(lean)
                .usingRecursiveComparison()
                .ignoringFields("providerDetails.configurationMetadata")
                .isEqualTo(original);
    }

    private static ClientRegistration discovered(Map<String, Object> metadata) {
        return ClientRegistration.withRegistrationId("keycloak")
                .clientId("fakebook-gateway")
                .clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(REALM + "/protocol/openid-connect/auth")
                .tokenUri(REALM + "/protocol/openid-connect/token")
                .jwkSetUri(REALM + "/protocol/openid-connect/certs")
                .userInfoUri(REALM + "/protocol/openid-connect/userinfo")
                .userNameAttributeName("sub")
                .issuerUri(REALM)
                .providerConfigurationMetadata(metadata)
                .build();
    }
}
