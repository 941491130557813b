package com.fakebook.auth.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CurrentAccountController {

    @GetMapping("/api/auth/me")
    CurrentAccountView me(@AuthenticationPrincipal Jwt token) {
        return CurrentAccountView.of(token);
    }
}
