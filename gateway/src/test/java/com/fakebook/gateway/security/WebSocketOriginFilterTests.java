package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebSocketOriginFilterTests {

    @Test
    void theSameSchemeHostAndPortIsTheSameOrigin() {
        assertThat(WebSocketOriginFilter.sameOrigin(
                        URI.create("http://localhost:8080"), URI.create("http://localhost:8080/ws/chat")))
                .isTrue();
    }

    @Test
    void defaultPortsAreImplied() {
        assertThat(WebSocketOriginFilter.sameOrigin(
                        URI.create("https://fakebook.example"), URI.create("https://fakebook.example:443/ws/chat")))
                .isTrue();
    }

    @Test
    void anotherPortIsAnotherOrigin() {
        assertThat(WebSocketOriginFilter.sameOrigin(
                        URI.create("http://localhost:3000"), URI.create("http://localhost:8080/ws/chat")))
                .isFalse();
    }

    @Test
    void anotherHostIsAnotherOrigin() {
        assertThat(WebSocketOriginFilter.sameOrigin(
                        URI.create("http://fakebook.example.evil.com"), URI.create("http://fakebook.example/ws/chat")))
                .isFalse();
    }

    @Test
    void plainHttpIsNotTheOriginOfAnHttpsPage() {
        assertThat(WebSocketOriginFilter.sameOrigin(
                        URI.create("http://fakebook.example"), URI.create("https://fakebook.example/ws/chat")))
                .isFalse();
    }

    @Test
    void anOpaqueOriginIsNoOrigin() {
        assertThat(WebSocketOriginFilter.sameOrigin(URI.create("null"), URI.create("http://localhost:8080/ws/chat")))
                .isFalse();
    }
}
