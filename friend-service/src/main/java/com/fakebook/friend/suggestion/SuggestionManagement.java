package com.fakebook.friend.suggestion;

import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.friend.block.Blocks;
import com.fakebook.friend.people.People;
import com.fakebook.friend.people.PersonLeaving;
import com.fakebook.friend.system.AccountNotFound;
import com.fakebook.friend.system.InvalidField;
import com.fakebook.friend.system.PersonNotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Suggestions are read from the caller's stored list, filtered as it is read; lists are computed by
 * {@link SuggestionRefresher} off the request path. What changes a list queues its owner or marks the list outdated,
 * in the transaction of the change: a friendship that starts or ends queues the two and marks the lists of the newest
 * {@code fakebook.suggestions.fan-out} friends of each (their counts changed); a block or unblock queues the two; a
 * dismissal marks the caller's list (it refills); a read of a list marked outdated, or older than
 * {@code fakebook.suggestions.max-age}, queues it and serves it as it is. A caller with at most
 * {@code fakebook.suggestions.inline-max-friends} friends (a newcomer: a small walk) whose list is missing or outdated
 * gets it computed on the spot instead; anyone else without a list is queued and shown nothing until the worker ran.
 */
@Service
class SuggestionManagement {

    private static final String LEAVING = SuggestionManagement.class.getName() + ".leaving";

    private final Suggestions suggestions;
    private final SuggestionRefreshes refreshes;
    private final SuggestionRefresher refresher;
    private final People people;
    private final Blocks blocks;
    private final Clock clock;
    private final Duration maxAge;
    private final int fanOut;
    private final int inlineMaxFriends;

    SuggestionManagement(
            Suggestions suggestions,
            SuggestionRefreshes refreshes,
            SuggestionRefresher refresher,
            People people,
            Blocks blocks,
            Clock clock,
            @Value("${fakebook.suggestions.max-age:1d}") Duration maxAge,
            @Value("${fakebook.suggestions.fan-out:200}") int fanOut,
            @Value("${fakebook.suggestions.inline-max-friends:20}") int inlineMaxFriends) {
        this.suggestions = suggestions;
        this.refreshes = refreshes;
        this.refresher = refresher;
        this.people = people;
        this.blocks = blocks;
        this.clock = clock;
        this.maxAge = maxAge;
        this.fanOut = fanOut;
        this.inlineMaxFriends = inlineMaxFriends;
    }

    @Transactional
    public List<SuggestionView> suggestions(UUID caller, int limit) {
        var now = clock.instant();
        var computedAt = suggestions.computedAt(caller);
        var pending = refreshes.pending(caller);
        if (computedAt.isEmpty() || pending.isPresent()) {
            if (!people.lockExisting(caller)) {
                throw new AccountNotFound();
            }
            if (suggestions.hasAtMostFriends(caller, inlineMaxFriends)) {
                suggestions.recompute(caller, now);
                pending.ifPresent(generation -> refreshes.done(new SuggestionRefreshes.Claim(caller, generation)));
            } else if (computedAt.isEmpty()) {
                queue(caller, SuggestionRefreshes.OWN, now);
                return List.of();
            } else {
                refreshes.dueNow(caller, now);
                refresher.wakeAfterCommit();
            }
        } else if (computedAt.get().isBefore(now.minus(maxAge))) {
            queue(caller, SuggestionRefreshes.SECONDARY, now);
        }
        var stored = suggestions.stored(caller, limit);
        var mutualFriends = suggestions.people(stored.stream()
                .flatMap(suggestion -> suggestion.mutualIds().stream())
                .distinct()
                .toList());
        return stored.stream()
                .map(suggestion -> new SuggestionView(
                        suggestion.person(),
                        suggestion.mutualCount(),
                        suggestion.mutualIds().stream()
                                .map(mutualFriends::get)
                                .filter(Objects::nonNull)
                                .toList()))
                .toList();
    }

    /** The person is not suggested to the caller again. Dismissing twice changes nothing. */
    @Transactional
    public void dismiss(UUID caller, UUID dismissed) {
        if (caller.equals(dismissed)) {
            throw new InvalidField("userId", "You are never suggested to yourself.");
        }
        if (!people.lockExisting(caller)) {
            throw new AccountNotFound();
        }
        if (!people.lockExisting(dismissed) || blocks.blocked(dismissed, caller)) {
            throw new PersonNotFound();
        }
        if (suggestions.dismiss(caller, dismissed, clock.instant())) {
            refreshes.queue(caller, SuggestionRefreshes.SECONDARY, SuggestionRefreshes.WHEN_READ);
        }
    }

    @EventListener
    void on(FriendRequestAccepted accepted) {
        friendshipChanged(accepted.senderId(), accepted.recipientId());
    }

    @EventListener
    void on(FriendshipEnded ended) {
        if (!leavingInThisTransaction().contains(ended.endedBy())) {
            friendshipChanged(ended.endedBy(), ended.otherUserId());
        }
    }

    /** A block hides each from the other at once (the read filters it); the lists refill without them. */
    @EventListener
    void on(UserBlocked blocked) {
        queueBoth(blocked.blockerId(), blocked.blockedId());
    }

    /** Each may be suggested to the other again. */
    @EventListener
    void on(UserUnblocked unblocked) {
        queueBoth(unblocked.blockerId(), unblocked.blockedId());
    }

    /**
     * A deleted account leaves no list, no dismissal, and no place in anyone's list; its friends' own friendships
     * change, so their lists are queued. Runs before the friendships end (each with a {@link FriendshipEnded}), so
     * that those events, which this covers, queue nothing more: a person with ten thousand friends would otherwise
     * queue their friends' friends ten thousand times.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(PersonLeaving leaving) {
        leavingInThisTransaction().add(leaving.personId());
        refreshes.queueAllFriendsOf(leaving.personId(), clock.instant());
        suggestions.forget(leaving.personId());
        refresher.wakeAfterCommit();
    }

    private void friendshipChanged(UUID one, UUID other) {
        refreshes.queueFriendshipChange(one, other, fanOut, clock.instant());
        refresher.wakeAfterCommit();
    }

    private void queueBoth(UUID one, UUID other) {
        var first = one.compareTo(other) < 0 ? one : other;
        var second = first == one ? other : one;
        var now = clock.instant();
        refreshes.queue(first, SuggestionRefreshes.OWN, now);
        refreshes.queue(second, SuggestionRefreshes.OWN, now);
        refresher.wakeAfterCommit();
    }

    private void queue(UUID person, int priority, Instant due) {
        refreshes.queue(person, priority, due);
        refresher.wakeAfterCommit();
    }

    /** The people leaving in the current transaction (a set bound to it, gone when it ends). */
    @SuppressWarnings("unchecked")
    private static Set<UUID> leavingInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        var leaving = (Set<UUID>) TransactionSynchronizationManager.getResource(LEAVING);
        if (leaving == null) {
            var bound = new HashSet<UUID>();
            TransactionSynchronizationManager.bindResource(LEAVING, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LEAVING);
                }
            });
            return bound;
        }
        return leaving;
    }
}
