package com.fakebook.notification.stream;

import java.util.UUID;

/** How many unread notifications a person has: the first event of a stream that does not resume. */
public interface UnreadCounts {

    long of(UUID user);
}
