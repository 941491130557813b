package com.fakebook.auth.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the person behind a request: the gateway puts the address it resolved in
 * {@code Fakebook-Client-Address}, replacing any the client sent. Only the gateway reaches auth-service, so without
 * the header the peer itself is the client.
 */
public final class ClientAddresses {

    public static final String HEADER = "Fakebook-Client-Address";

    private ClientAddresses() {}

    public static String of(HttpServletRequest request) {
        var relayed = request.getHeader(HEADER);
        return relayed == null || relayed.isBlank() ? request.getRemoteAddr() : relayed.strip();
    }
}
