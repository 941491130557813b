package com.fakebook.friend.people;

import com.fakebook.events.profile.PrivacySettingsChanged;
import java.util.Locale;

/** Who may see a person's friends list, as the person chose in their privacy settings. */
public enum FriendsListAudience {
    PUBLIC,
    FRIENDS_OF_FRIENDS,
    FRIENDS,
    ONLY_ME;

    /** Until the person says otherwise: their friends only, what a careful person would choose. */
    public static final FriendsListAudience DEFAULT = FRIENDS;

    /** The audience an event names; one this service does not know yet is read as the narrowest. */
    static FriendsListAudience fromEvent(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case PrivacySettingsChanged.PUBLIC -> PUBLIC;
            case PrivacySettingsChanged.FRIENDS_OF_FRIENDS -> FRIENDS_OF_FRIENDS;
            case PrivacySettingsChanged.FRIENDS -> FRIENDS;
            default -> ONLY_ME;
        };
    }
}
