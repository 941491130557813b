package com.fakebook.notification.stream;

import java.util.UUID;

/**
 * One event of a person's stream: its number in that person's stream (the SSE {@code id}), its name (the SSE
 * {@code event}) and its JSON (the SSE {@code data}).
 */
public record StreamEvent(UUID user, long seq, String event, String data) {}
