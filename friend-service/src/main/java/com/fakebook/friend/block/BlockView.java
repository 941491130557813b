package com.fakebook.friend.block;

import com.fakebook.friend.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import java.time.Instant;

/** Someone the caller blocked, and since when. */
record BlockView(PersonView person, Instant blockedAt) {

    Cursor position() {
        return new Cursor(blockedAt, person.id());
    }
}
