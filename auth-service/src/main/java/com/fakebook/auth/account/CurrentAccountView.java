package com.fakebook.auth.account;

import java.util.UUID;

/** The caller's account: id (the token's subject), email and status. */
record CurrentAccountView(UUID id, String email, String status) {

    static CurrentAccountView of(Account account) {
        return new CurrentAccountView(
                account.id(), account.email(), account.status().name());
    }
}
