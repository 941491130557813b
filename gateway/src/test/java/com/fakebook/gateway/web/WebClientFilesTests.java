package com.fakebook.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebClientFilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/friends", "/friends/all", "/people/42", "/signup/check-email", "/index.html"})
    void theClientsPagesAreServedByTheIndex(String path) {
        assertThat(WebClientFiles.isPage(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/profiles/me",
                "/ws/chat",
                "/oauth2/authorization/keycloak",
                "/login/oauth2/code/keycloak",
                "/logout",
                "/actuator/health",
                "/assets/index-1a2b3c.js",
                "/favicon.svg",
                "/fallback/auth"
            })
    void everythingElseIsLeftAlone(String path) {
        assertThat(WebClientFiles.isPage(path)).isFalse();
    }
}
