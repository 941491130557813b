package com.fakebook.auth.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who the caller is: the token's subject and email. */
record CurrentAccountView(UUID id, @Nullable String email) {

    static CurrentAccountView of(Jwt token) {
        return new CurrentAccountView(UUID.fromString(token.getSubject()), token.getClaimAsString("email"));
    }
}
