package com.fakebook.gateway.security;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;

/**
 * Keycloak's client registration without the rest of its discovery document. Boot keeps the whole document
 * (algorithms, endpoints, claims: 8 KB serialized) in each registration, and Spring Security copies the registration
 * into every session with the user's tokens, where each relayed request deserializes it again. After discovery only
 * the end-session endpoint of that document is read (logging out of Keycloak too, {@code SecurityConfiguration}); the
 * endpoints the login and the token refresh use are fields of the registration and stay.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class LeanClientRegistrations {

    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    @Bean
    InMemoryReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new InMemoryReactiveClientRegistrationRepository(new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().values().stream()
                        .map(LeanClientRegistrations::lean)
                        .toList());
    }

    static ClientRegistration lean(ClientRegistration registration) {
        var discovered = registration.getProviderDetails().getConfigurationMetadata();
        Map<String, Object> kept = discovered.containsKey(END_SESSION_ENDPOINT)
                ? Map.of(END_SESSION_ENDPOINT, discovered.get(END_SESSION_ENDPOINT))
                : Map.of();
        return ClientRegistration.withClientRegistration(registration)
                .providerConfigurationMetadata(kept)
                .build();
    }
}
