/**
 * Each person's live stream (Server-Sent Events): a per-person numbered log of what changed in their feed, appended
 * in the transaction of the change, fanned out after commit to every instance through Redis pub/sub, replayed from
 * the log on a resume with {@code Last-Event-ID}.
 */
@NullMarked
package com.fakebook.notification.stream;

import org.jspecify.annotations.NullMarked;
