package com.fakebook.friend.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a person is shown in every list of friend-service. */
public record PersonView(
        UUID id, String displayName, @Nullable String avatarUrl) {}
