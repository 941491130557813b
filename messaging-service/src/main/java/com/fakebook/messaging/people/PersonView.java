package com.fakebook.messaging.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a person is shown in chat: their current name and avatar. */
public record PersonView(
        UUID id, String displayName, @Nullable String avatarUrl) {

    /** Someone the read model does not know (yet, or any more). */
    public static PersonView unknown(UUID id) {
        return new PersonView(id, "Fakebook user", null);
    }
}
