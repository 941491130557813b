package com.fakebook.friend.friendship;

import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.friend.block.Blocks;
import com.fakebook.friend.people.People;
import com.fakebook.friend.people.PersonLeaving;
import com.fakebook.friend.system.Pairs;
import com.fakebook.friend.system.PersonNotFound;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of friends as the caller may see them, and the ends of friendships: unfriending, a block, a deletion. */
@Service
class FriendshipManagement {

    private static final Logger log = LoggerFactory.getLogger(FriendshipManagement.class);

    private final Friendships friendships;
    private final People people;
    private final Blocks blocks;
    private final Pairs pairs;
    private final ApplicationEventPublisher events;

    FriendshipManagement(
            Friendships friendships, People people, Blocks blocks, Pairs pairs, ApplicationEventPublisher events) {
        this.friendships = friendships;
        this.people = people;
        this.blocks = blocks;
        this.pairs = pairs;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<FriendView> myFriends(UUID caller, PageQuery page) {
        return page(friendships.friendsOf(caller, caller, page.after(), page.limit() + 1), page);
    }

    /**
     * Someone's friends, if their friends-list audience lets the caller see them; never those who blocked the caller
     * or whom the caller blocked.
     */
    @Transactional(readOnly = true)
    public Page<FriendView> friendsOf(UUID caller, UUID person, PageQuery page) {
        if (!caller.equals(person)) {
            requireVisible(caller, person);
            var allowed = switch (people.friendsListAudience(person)) {
                case PUBLIC -> true;
                case FRIENDS -> friendships.areFriends(caller, person);
                case FRIENDS_OF_FRIENDS ->
                    friendships.areFriends(caller, person) || friendships.haveMutualFriend(caller, person);
                case ONLY_ME -> false;
            };
            if (!allowed) {
                throw new FriendsListHidden();
            }
        }
        return page(friendships.friendsOf(person, caller, page.after(), page.limit() + 1), page);
    }

    @Transactional(readOnly = true)
    public Page<FriendView> mutualFriends(UUID caller, UUID person, PageQuery page) {
        if (caller.equals(person)) {
            throw new PersonNotFound();
        }
        requireVisible(caller, person);
        return page(friendships.mutual(caller, person, page.after(), page.limit() + 1), page);
    }

    @Transactional
    public void unfriend(UUID caller, UUID friend) {
        pairs.lock(caller, friend);
        if (!friendships.end(caller, friend)) {
            throw new NotFriends();
        }
        events.publishEvent(FriendshipEnded.of(caller, friend));
        log.info("User {} ended their friendship with {}", caller, friend);
    }

    /** A block ends the two's friendship, in the block's transaction (which holds the pair's lock). */
    @EventListener
    void on(UserBlocked blocked) {
        if (friendships.end(blocked.blockerId(), blocked.blockedId())) {
            events.publishEvent(FriendshipEnded.of(blocked.blockerId(), blocked.blockedId()));
        }
    }

    /** A deleted account's friendships end, each with its event, in the deletion's transaction. */
    @EventListener
    void on(PersonLeaving leaving) {
        var leaver = leaving.personId();
        for (var friend : friendships.friendIdsOf(leaver)) {
            pairs.lock(leaver, friend);
            if (friendships.end(leaver, friend)) {
                events.publishEvent(FriendshipEnded.of(leaver, friend));
            }
        }
    }

    private void requireVisible(UUID caller, UUID person) {
        if (people.find(person).isEmpty() || blocks.eitherWay(caller, person)) {
            throw new PersonNotFound();
        }
    }

    private static Page<FriendView> page(List<FriendView> fetched, PageQuery page) {
        return Page.of(fetched, page.limit(), FriendView::position);
    }
}
