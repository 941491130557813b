/**
 * Messages: sending (idempotent by the client's id, numbered gaplessly per conversation), history by sequence,
 * editing, unsending, deleting for oneself, reactions, and search in one's conversations.
 */
@NullMarked
package com.fakebook.messaging.message;

import org.jspecify.annotations.NullMarked;
