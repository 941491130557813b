package com.fakebook.auth.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sign-up. The checks here mirror Keycloak's password policy for an early answer; Keycloak has the last word
 * (not the email, not a recent one).
 */
record Registration(
        @NotBlank @Email @Size(max = 254) String email,

        @NotBlank @Size(min = 12, max = 128, message = "must be 12 to 128 characters long")
        String password,

        @NotBlank
        @Size(max = 50)
        @Pattern(
                regexp = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*$",
                message = "may contain letters, spaces, apostrophes, hyphens and periods, starting with a letter")
        String displayName) {

    String normalizedEmail() {
        return EmailAddresses.normalize(email);
    }

    String trimmedDisplayName() {
        return displayName.strip().replaceAll("\\s+", " ");
    }
}
