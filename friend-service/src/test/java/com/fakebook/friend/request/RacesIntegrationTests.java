package com.fakebook.friend.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.friend.FriendServiceIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two threads start the two sides of a race at the same instant against PostgreSQL, many times over, each time on a
 * new pair of people; what is left must be one consistent outcome, with the events that tell it, every time.
 */
class RacesIntegrationTests extends FriendServiceIntegrationTest {

    static final int ROUNDS = 30;

    @Autowired
    FriendRequestManagement requests;

    @Test
    void twoPeopleAskingEachOtherAtOnceEndFriendsOnce() throws Exception {
        for (var round = 0; round < ROUNDS; round++) {
            var one = graph.person("One " + round);
            var other = graph.person("Other " + round);

            var outcomes = race(() -> requests.send(one, other), () -> requests.send(other, one));

            assertThat(graph.areFriends(one, other)).isTrue();
            assertThat(count("friendships", one, other)).isEqualTo(2);
            assertThat(count("friend_requests", one, other)).isZero();
            assertThat(events("FriendRequestSent", one, other)).isEqualTo(1);
            assertThat(events("FriendRequestAccepted", one, other)).isEqualTo(1);
            assertThat(outcomes)
                    .extracting(outcome ->
                            ((FriendRequestManagement.Sent) outcome).outcome().status())
                    .containsExactlyInAnyOrder(
                            RelationshipStatus.Status.REQUEST_SENT, RelationshipStatus.Status.FRIENDS);
        }
    }

    @Test
    void anAcceptRacingACancelEndsInOneOfTheTwoOutcomesWhole() throws Exception {
        for (var round = 0; round < ROUNDS; round++) {
            var sender = graph.person("Sender " + round);
            var recipient = graph.person("Recipient " + round);
            var request = requests.send(sender, recipient).outcome().request().id();

            var outcomes = race(
                    () -> {
                        requests.accept(recipient, request);
                        return "accepted";
                    },
                    () -> {
                        requests.cancel(sender, request);
                        return "cancelled";
                    });

            assertThat(count("friend_requests", sender, recipient)).isZero();
            var friends = graph.areFriends(sender, recipient);
            if (friends) {
                assertThat(outcomes).containsExactlyInAnyOrder("accepted", FriendRequestNotFound.class);
                assertThat(events("FriendRequestAccepted", sender, recipient)).isEqualTo(1);
                assertThat(events("FriendRequestCancelled", sender, recipient)).isZero();
            } else {
                assertThat(outcomes).containsExactlyInAnyOrder(FriendRequestNotFound.class, "cancelled");
                assertThat(events("FriendRequestCancelled", sender, recipient)).isEqualTo(1);
                assertThat(events("FriendRequestAccepted", sender, recipient)).isZero();
            }
        }
    }

    /** Runs both at the same instant; each outcome is the result, or the class of what it threw. */
    private static List<Object> race(Callable<?> first, Callable<?> second) throws InterruptedException {
        var barrier = new CyclicBarrier(2);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var futures = new ArrayList<Future<?>>();
            for (var side : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    barrier.await();
                    return side.call();
                }));
            }
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause().getClass());
                }
            }
            return outcomes;
        }
    }

    private long count(String table, UUID one, UUID other) {
        var columns = table.equals("friendships") ? "user_id, friend_id" : "sender_id, recipient_id";
        return graph.count(
                "select count(*) from " + table + " where (" + columns + ") in ((?, ?), (?, ?))",
                one,
                other,
                other,
                one);
    }

    /** The events of a type committed about the pair, as the outbox took them. */
    private long events(String type, UUID one, UUID other) {
        return committed.count("fakebook.friendship." + type, FriendshipEvent.pairKey(one, other));
    }
}
