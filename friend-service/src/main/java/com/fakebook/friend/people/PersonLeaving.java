package com.fakebook.friend.people;

import java.util.UUID;

/**
 * Published inside the transaction that erases a deleted account's person, before the person's row goes: each
 * feature ends and erases what it holds of the person, with its own events. Not a domain event: it stays here.
 */
public record PersonLeaving(UUID personId) {}
