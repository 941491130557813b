package com.fakebook.friend.friendship;

import com.fakebook.friend.system.FriendProblem;
import org.springframework.http.HttpStatus;

/** The person's privacy settings do not let the caller see their friends. */
class FriendsListHidden extends FriendProblem {

    FriendsListHidden() {
        super(HttpStatus.NOT_FOUND, "friends-list-not-found", "There is no friends list of this person you may see.");
    }
}
