/**
 * Each person's notifications: what the events make of them (one per friend request, one per conversation with
 * unread messages, a welcome), the feed API that reads, marks and deletes them, and their retention. Every change
 * goes to the person's live stream in the same transaction.
 */
@NullMarked
package com.fakebook.notification.feed;

import org.jspecify.annotations.NullMarked;
