package com.fakebook.friend.friendship;

import com.fakebook.friend.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import java.time.Instant;

/** A friend in a list, and since when the two are friends. */
public record FriendView(PersonView person, Instant since) {

    Cursor position() {
        return new Cursor(since, person.id());
    }
}
