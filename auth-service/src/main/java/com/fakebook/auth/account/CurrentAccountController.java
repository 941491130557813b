package com.fakebook.auth.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account; the caller is the token's subject, always. */
@RestController
@RequestMapping("/api/auth/me")
class CurrentAccountController {

    /** Deleting the account needs a login at most five minutes old. */
    private final FreshLogin freshLogin;

    private final AccountManagement accounts;

    CurrentAccountController(AccountManagement accounts, Clock clock) {
        this.accounts = accounts;
        this.freshLogin = new FreshLogin(Duration.ofMinutes(5), clock);
    }

    @GetMapping
    CurrentAccountView me(@AuthenticationPrincipal Jwt token) {
        return accounts.current(
                subject(token),
                email(token),
                displayName(token),
                Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")));
    }

    /** Deletes the caller's account for good; needs a fresh login (the web client sends the person to log in). */
    @DeleteMapping
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token) {
        freshLogin.require(token.getClaimAsInstant("auth_time"));
        accounts.delete(subject(token), email(token));
        return ResponseEntity.noContent().build();
    }

    private static UUID subject(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    private static String email(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString("email")).orElse("");
    }

    private static String displayName(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString("name"))
                .filter(name -> !name.isBlank())
                .orElseGet(() -> email(token).replaceAll("@.*", ""));
    }
}
