package com.fakebook.events.friendship;

import com.fakebook.events.DomainEvent;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What happens between two people: requests, friendships, blocks. Every event of one pair has the same subject, so
 * the events of a pair stay in order on the topic.
 */
public sealed interface FriendshipEvent extends DomainEvent
        permits FriendRequestSent,
                FriendRequestAccepted,
                FriendRequestDeclined,
                FriendRequestCancelled,
                FriendshipEnded,
                UserBlocked,
                UserUnblocked {

    String TOPIC = "fakebook.friendship.v1";

    /**
     * The events after which two people are, or stop being, friends or blocked: what a read model of friendships
     * and blocks applies. Requests (sent, declined, cancelled) change neither.
     */
    Set<Class<? extends FriendshipEvent>> RELATIONSHIP_CHANGES =
            Set.of(FriendRequestAccepted.class, FriendshipEnded.class, UserBlocked.class, UserUnblocked.class);

    /** Each type name of this topic and the record it reads into; a consumer skips a type it does not know. */
    Map<String, Class<? extends FriendshipEvent>> TYPES = Map.of(
            FriendRequestSent.TYPE, FriendRequestSent.class,
            FriendRequestAccepted.TYPE, FriendRequestAccepted.class,
            FriendRequestDeclined.TYPE, FriendRequestDeclined.class,
            FriendRequestCancelled.TYPE, FriendRequestCancelled.class,
            FriendshipEnded.TYPE, FriendshipEnded.class,
            UserBlocked.TYPE, UserBlocked.class,
            UserUnblocked.TYPE, UserUnblocked.class);

    /**
     * The key of a pair of users, the same whichever comes first: both ids in their canonical lower-case form,
     * the smaller one (comparing those strings, which is also PostgreSQL's order of {@code uuid}) first, joined
     * by a colon: {@code "1b4e...:9f2c..."}.
     */
    static String pairKey(UUID one, UUID other) {
        var a = one.toString();
        var b = other.toString();
        return a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
    }

    /** The pair's key ({@link #pairKey}). */
    @Override
    String subject();

    @Override
    default String topic() {
        return TOPIC;
    }
}
