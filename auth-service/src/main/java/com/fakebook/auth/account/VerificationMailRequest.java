package com.fakebook.auth.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for the verification mail again. */
record VerificationMailRequest(
        @NotBlank @Email @Size(max = 254) String email) {}
