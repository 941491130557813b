/**
 * The live chat socket {@code /ws/chat}: JSON frames in (send, sync, read, delivered, typing, ping) and out (ack,
 * message, receipts, typing, presence, error), heartbeats, slow consumers cut off, presence kept in Redis. The
 * protocol is docs/chat-protocol.md.
 */
@NullMarked
package com.fakebook.messaging.live;

import org.jspecify.annotations.NullMarked;
