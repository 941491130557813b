/**
 * Conversations: direct ones between two friends (one per pair) and groups of the creator's friends; who is in
 * them, how far each has read, muting; the list of a person's conversations by last activity.
 */
@NullMarked
package com.fakebook.messaging.conversation;

import org.jspecify.annotations.NullMarked;
