package com.fakebook.auth.account;

import java.util.Locale;

final class EmailAddresses {

    private EmailAddresses() {}

    /** One spelling per address: trimmed, lower case (Keycloak stores them so, too). */
    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
