package com.fakebook.messaging.message;

import com.fakebook.messaging.delivery.ServerFrame;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A new message, pushed to every socket of every member (the sender's other devices too). */
@JsonTypeName("message")
record MessageFrame(MessageView message) implements ServerFrame {}
