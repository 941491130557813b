package com.fakebook.notification.feed;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who a notification is about, as the people read model shows them ("Someone" until their name is known). */
public record ActorView(
        UUID id, String displayName, @Nullable String avatarUrl) {}
