package com.fakebook.profile.relationships;

/** What a viewer is to the owner of a profile, from the nearest to the farthest; blocked either way is apart. */
public enum Relationship {
    SELF,
    FRIEND,
    FRIEND_OF_FRIEND,
    STRANGER,
    /** One of the two blocked the other: the viewer sees nothing of the owner. */
    BLOCKED
}
