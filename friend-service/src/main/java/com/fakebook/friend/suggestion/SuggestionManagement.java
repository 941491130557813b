package com.fakebook.friend.suggestion;

import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.friend.block.Blocks;
import com.fakebook.friend.people.People;
import com.fakebook.friend.people.PersonLeaving;
import com.fakebook.friend.system.AccountNotFound;
import com.fakebook.friend.system.InvalidField;
import com.fakebook.friend.system.PersonNotFound;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions are read from the caller's stored list, computed again first when it is missing, stale (the caller's
 * own friendships changed) or older than {@code fakebook.suggestions.max-age} (the friendships of the caller's
 * friends changed meanwhile: new people two steps away show up within that time).
 */
@Service
class SuggestionManagement {

    private final Suggestions suggestions;
    private final People people;
    private final Blocks blocks;
    private final Clock clock;
    private final Duration maxAge;

    SuggestionManagement(
            Suggestions suggestions,
            People people,
            Blocks blocks,
            Clock clock,
            @Value("${fakebook.suggestions.max-age:1d}") Duration maxAge) {
        this.suggestions = suggestions;
        this.people = people;
        this.blocks = blocks;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Transactional
    public List<SuggestionView> suggestions(UUID caller, int limit) {
        var now = clock.instant();
        var fresh = suggestions
                .freshness(caller)
                .filter(list -> !list.stale() && list.computedAt().isAfter(now.minus(maxAge)))
                .isPresent();
        if (!fresh) {
            if (!people.lockExisting(caller)) {
                throw new AccountNotFound();
            }
            suggestions.recompute(caller, now);
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
        suggestions.dismiss(caller, dismissed, clock.instant());
    }

    /** A new friend brings their friends: both lists are computed again when next read. */
    @EventListener
    void on(FriendRequestAccepted accepted) {
        suggestions.markStale(accepted.senderId(), accepted.recipientId());
    }

    @EventListener
    void on(FriendshipEnded ended) {
        suggestions.markStale(ended.endedBy(), ended.otherUserId());
    }

    /** A deleted account leaves no list, no dismissal, and no place in anyone's list. */
    @EventListener
    void on(PersonLeaving leaving) {
        suggestions.forget(leaving.personId());
    }
}
