package com.fakebook.auth.account;

import com.fakebook.auth.web.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up and its verification mail; open to anonymous callers (the gateway still requires the CSRF token). Both
 * answer 202 in the same time whether the address is free, taken or waiting for verification.
 */
@RestController
@RequestMapping("/api/auth/registrations")
class RegistrationController {

    private final AccountManagement accounts;
    private final EvenResponseTime evenTime;

    RegistrationController(
            AccountManagement accounts, @Value("${fakebook.registration.response-time:1500ms}") Duration responseTime) {
        this.accounts = accounts;
        this.evenTime = new EvenResponseTime(responseTime);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpAccepted register(@Valid @RequestBody Registration registration, HttpServletRequest request) {
        var startedAt = System.nanoTime();
        accounts.register(registration, ClientAddresses.of(request));
        evenTime.padFrom(startedAt);
        return SignUpAccepted.CHECK_YOUR_MAIL;
    }

    @PostMapping("/verification-mail")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpAccepted resendVerificationMail(
            @Valid @RequestBody VerificationMailRequest mailRequest, HttpServletRequest request) {
        var startedAt = System.nanoTime();
        accounts.resendVerificationMail(mailRequest.email(), ClientAddresses.of(request));
        evenTime.padFrom(startedAt);
        return SignUpAccepted.CHECK_YOUR_MAIL;
    }
}
