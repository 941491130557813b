package com.fakebook.friend.request;

import com.fakebook.friend.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import java.time.Instant;
import java.util.UUID;

/**
 * A request as a list shows it: the other person (the sender in the incoming list, the recipient in the outgoing)
 * and when it was sent. A declined request shows to its sender like any other.
 */
record FriendRequestView(UUID id, PersonView person, Instant sentAt) {

    Cursor position() {
        return new Cursor(sentAt, id);
    }
}
