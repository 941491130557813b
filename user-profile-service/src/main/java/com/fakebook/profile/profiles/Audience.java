package com.fakebook.profile.profiles;

import com.fakebook.profile.relationships.Relationship;

/** Who may see a part of a profile. The owner always sees it; a blocked viewer never sees anything. */
public enum Audience {
    /** Any logged-in person. */
    PUBLIC,
    FRIENDS_OF_FRIENDS,
    FRIENDS,
    ONLY_ME;

    public boolean allows(Relationship viewer) {
        return switch (viewer) {
            case SELF -> true;
            case BLOCKED -> false;
            case FRIEND -> this != ONLY_ME;
            case FRIEND_OF_FRIEND -> this == PUBLIC || this == FRIENDS_OF_FRIENDS;
            case STRANGER -> this == PUBLIC;
        };
    }
}
