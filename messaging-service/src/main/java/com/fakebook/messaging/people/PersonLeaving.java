package com.fakebook.messaging.people;

import java.util.UUID;

/**
 * A person's account was deleted: published (in-process, inside the transaction that erases them from the read
 * models) so that conversations erase what they wrote and their memberships in the same transaction.
 */
public record PersonLeaving(UUID personId) {}
