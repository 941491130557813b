package com.fakebook.auth.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the person behind a request. The gateway appends the address it saw to {@code X-Forwarded-For};
 * entries before it come from the client and may be forged, so only the last one counts. Only the gateway reaches
 * auth-service, so without the header the peer itself is the client.
 */
public final class ClientAddresses {

    private ClientAddresses() {}

    public static String of(HttpServletRequest request) {
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        var last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? request.getRemoteAddr() : last;
    }
}
