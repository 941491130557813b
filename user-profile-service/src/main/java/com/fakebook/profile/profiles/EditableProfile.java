package com.fakebook.profile.profiles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a profile its owner writes, as they are or as a change would leave them. Only the name is required;
 * any other part may be empty. Text is shown as text by every client: nothing here is ever interpreted as HTML.
 */
record EditableProfile(
        @NotBlank
        @Size(max = 50)
        @Pattern(
                regexp = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*$",
                message = "may contain letters, spaces, apostrophes, hyphens and periods, starting with a letter")
        String displayName,

        @Nullable @Size(max = 500) String bio,

        @Nullable @Past LocalDate birthday,

        @Nullable @Size(max = 40) String pronouns,

        @Nullable @Size(max = 100) String hometown,

        @Nullable @Size(max = 100) String currentCity,

        @Nullable @Size(max = 200) String work,

        @Nullable @Size(max = 200) String education,

        @Nullable RelationshipStatus relationshipStatus,

        @Nullable
        @Size(max = 200)
        @Pattern(regexp = "^https?://[^\\s<>\"]+$", message = "must be an http or https address")
        String website,

        @Nullable
        @Pattern(
                regexp = "^\\+?[0-9][0-9 ().\\-]{5,19}$",
                message = "must be a phone number: digits, spaces, brackets, dots or hyphens, an optional leading +")
        String phone) {

    /** Surrounding spaces go; a part left blank is empty. */
    EditableProfile {
        displayName = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        bio = blankToNull(bio);
        pronouns = blankToNull(pronouns);
        hometown = blankToNull(hometown);
        currentCity = blankToNull(currentCity);
        work = blankToNull(work);
        education = blankToNull(education);
        website = blankToNull(website);
        phone = blankToNull(phone);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
