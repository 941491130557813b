package com.fakebook.auth.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and its verification mail; open to anonymous callers (the gateway still requires the CSRF token). */
@RestController
@RequestMapping("/api/auth/registrations")
class RegistrationController {

    private final AccountManagement accounts;

    RegistrationController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpAccepted register(@Valid @RequestBody Registration registration, HttpServletRequest request) {
        accounts.register(registration, ClientAddresses.of(request));
        return SignUpAccepted.CHECK_YOUR_MAIL;
    }

    @PostMapping("/verification-mail")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpAccepted resendVerificationMail(
            @Valid @RequestBody VerificationMailRequest mailRequest, HttpServletRequest request) {
        accounts.resendVerificationMail(mailRequest.email(), ClientAddresses.of(request));
        return SignUpAccepted.CHECK_YOUR_MAIL;
    }
}
