package com.fakebook.messaging.conversation;

/** A direct conversation has exactly two members, for good; a group has a name and members that come and go. */
public enum Kind {
    DIRECT,
    GROUP
}
