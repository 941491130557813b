package com.fakebook.friend.request;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The body of a send: to whom. */
record SendFriendRequest(@NotNull @Nullable UUID recipientId) {}
