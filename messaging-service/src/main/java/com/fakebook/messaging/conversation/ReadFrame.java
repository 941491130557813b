package com.fakebook.messaging.conversation;

import com.fakebook.messaging.delivery.ServerFrame;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;

/** A member has read (or received, for {@code delivered}) the conversation up to a message: a receipt. */
@JsonTypeName("read")
record ReadFrame(UUID conversationId, UUID userId, long upToSequence) implements ServerFrame {}
