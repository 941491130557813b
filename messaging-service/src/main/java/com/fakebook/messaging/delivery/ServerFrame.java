package com.fakebook.messaging.delivery;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A frame the server sends on {@code /ws/chat}: a JSON object whose {@code type} names it (each record says its
 * name with {@code @JsonTypeName}); docs/chat-protocol.md lists them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface ServerFrame {}
