package com.fakebook.messaging.message;

import com.fakebook.messaging.delivery.ServerFrame;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A message was edited, unsent, or reacted to: its new state replaces the old one. */
@JsonTypeName("message-changed")
record MessageChangedFrame(MessageView message) implements ServerFrame {}
