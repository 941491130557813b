package com.fakebook.messaging.conversation;

import com.fakebook.messaging.delivery.ServerFrame;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;

/** A member's device has received the conversation's messages up to this one. */
@JsonTypeName("delivered")
record DeliveredFrame(UUID conversationId, UUID userId, long upToSequence) implements ServerFrame {}
