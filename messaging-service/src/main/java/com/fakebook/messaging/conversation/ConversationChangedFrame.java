package com.fakebook.messaging.conversation;

import com.fakebook.messaging.delivery.ServerFrame;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;

/** A conversation's name or members changed, or the receiver was added or removed: fetch it again. */
@JsonTypeName("conversation-changed")
record ConversationChangedFrame(UUID conversationId) implements ServerFrame {}
