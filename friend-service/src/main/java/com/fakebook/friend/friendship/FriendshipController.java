package com.fakebook.friend.friendship;

import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/friends")
class FriendshipController {

    private final FriendshipManagement friendships;

    FriendshipController(FriendshipManagement friendships) {
        this.friendships = friendships;
    }

    /** The caller's friends, newest friendship first. */
    @GetMapping
    Page<FriendView> myFriends(@AuthenticationPrincipal Jwt token, @Valid PageQuery page) {
        return friendships.myFriends(caller(token), page);
    }

    /** Someone's friends, as far as their privacy settings let the caller see them. */
    @GetMapping("/people/{userId}/friends")
    Page<FriendView> friendsOf(@AuthenticationPrincipal Jwt token, @PathVariable UUID userId, @Valid PageQuery page) {
        return friendships.friendsOf(caller(token), userId, page);
    }

    /** The friends the caller and someone have in common. */
    @GetMapping("/people/{userId}/mutual-friends")
    Page<FriendView> mutualFriends(
            @AuthenticationPrincipal Jwt token, @PathVariable UUID userId, @Valid PageQuery page) {
        return friendships.mutualFriends(caller(token), userId, page);
    }

    /** Unfriends: the two are no longer friends. */
    @DeleteMapping("/people/{userId}/friendship")
    ResponseEntity<Void> unfriend(@AuthenticationPrincipal Jwt token, @PathVariable UUID userId) {
        friendships.unfriend(caller(token), userId);
        return ResponseEntity.noContent().build();
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
