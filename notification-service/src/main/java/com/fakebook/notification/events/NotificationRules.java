package com.fakebook.notification.events;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendRequestCancelled;
import com.fakebook.events.friendship.FriendRequestDeclined;
import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.events.messaging.ConversationRead;
import com.fakebook.events.messaging.MessageSent;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.notification.feed.Feed;
import com.fakebook.notification.feed.NotificationType;
import com.fakebook.notification.people.People;
import com.fakebook.notification.preference.Preferences;
import com.fakebook.servicedefaults.events.ProcessedEvents;
import java.time.Clock;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each event means for notifications, applied once. Nothing is told to a person who switched the type off (or
 * never switched on one that is off by default), nor between two people one of whom blocked the other or whose
 * account is gone.
 */
@Service
class NotificationRules {

    private static final Logger log = LoggerFactory.getLogger(NotificationRules.class);

    private final ProcessedEvents processed;
    private final Feed feed;
    private final People people;
    private final Preferences preferences;
    private final Clock clock;

    NotificationRules(ProcessedEvents processed, Feed feed, People people, Preferences preferences, Clock clock) {
        this.processed = processed;
        this.feed = feed;
        this.people = people;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional
    public void apply(DomainEvent event) {
        if (!processed.firstDelivery(event)) {
            log.debug("Event {} already applied", event.id());
            return;
        }
        switch (event) {
            case AccountRegistered registered ->
                people.shown(registered.accountId(), registered.displayName(), null, false);
            case ProfileUpdated updated -> profileUpdated(updated);
            case AccountVerified verified -> {
                var person = verified.accountId();
                tell(person, NotificationType.WELCOME, person, person, event);
            }
            case AccountDeleted deleted -> erase(deleted.accountId());
            case FriendRequestSent sent ->
                tell(
                        sent.recipientId(),
                        NotificationType.FRIEND_REQUEST_RECEIVED,
                        sent.senderId(),
                        sent.requestId(),
                        event);
            case FriendRequestAccepted accepted -> {
                people.befriend(accepted.senderId(), accepted.recipientId());
                feed.retract(accepted.recipientId(), NotificationType.FRIEND_REQUEST_RECEIVED, accepted.requestId());
                tell(
                        accepted.senderId(),
                        NotificationType.FRIEND_REQUEST_ACCEPTED,
                        accepted.recipientId(),
                        accepted.requestId(),
                        event);
            }
            case FriendRequestDeclined declined ->
                feed.retract(declined.recipientId(), NotificationType.FRIEND_REQUEST_RECEIVED, declined.requestId());
            case FriendRequestCancelled cancelled ->
                feed.retract(cancelled.recipientId(), NotificationType.FRIEND_REQUEST_RECEIVED, cancelled.requestId());
            case FriendshipEnded ended -> people.unfriend(ended.endedBy(), ended.otherUserId());
            case UserBlocked blocked -> {
                people.unfriend(blocked.blockerId(), blocked.blockedId());
                people.block(blocked.blockerId(), blocked.blockedId());
                feed.separate(blocked.blockerId(), blocked.blockedId());
            }
            case UserUnblocked unblocked -> people.unblock(unblocked.blockerId(), unblocked.blockedId());
            case MessageSent sent -> messageSent(sent);
            case ConversationRead read ->
                feed.conversationRead(read.readerId(), read.conversationId(), read.upToSequence());
            default -> log.debug("Event type {} tells no one anything", event.type());
        }
    }

    /**
     * How the person is shown from now; a new avatar (one that differs from the one shown so far, or the first) is
     * told to their friends who want to know. An avatar removed is not news.
     */
    private void profileUpdated(ProfileUpdated updated) {
        var person = updated.accountId();
        var avatar = updated.avatarUrl();
        var newAvatar = avatar != null && !avatar.equals(people.avatarOf(person).orElse(null));
        people.shown(person, updated.displayName(), avatar, true);
        if (newAvatar) {
            feed.friendAvatarChanged(person, updated.occurredAt());
        }
    }

    /**
     * Each recipient, in id order (their streams are appended to in that order), is told unless they may not be:
     * who wants to be told and who is apart from the sender are each read once for all of them.
     */
    private void messageSent(MessageSent sent) {
        var recipients = sent.recipients().stream()
                .filter(recipient -> !recipient.equals(sent.senderId()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (recipients.isEmpty()) {
            return;
        }
        var wanting = preferences.wanting(recipients, NotificationType.NEW_MESSAGES);
        var apart = people.apartFrom(sent.senderId(), recipients);
        recipients.stream()
                .filter(recipient -> wanting.contains(recipient) && !apart.contains(recipient))
                .forEach(recipient -> feed.messageReceived(
                        recipient,
                        sent.senderId(),
                        sent.conversationId(),
                        sent.sequence(),
                        sent.preview(),
                        sent.conversationName(),
                        sent.occurredAt()));
    }

    private void tell(UUID recipient, NotificationType type, UUID actor, UUID subject, DomainEvent event) {
        if (!preferences.wants(recipient, type)) {
            return;
        }
        if (!recipient.equals(actor) && people.apart(recipient, actor)) {
            return;
        }
        if (recipient.equals(actor) && people.erased(recipient)) {
            return;
        }
        feed.tell(recipient, type, actor, subject, event.occurredAt());
    }

    private void erase(UUID person) {
        feed.erase(person);
        preferences.erase(person);
        people.erase(person, clock.instant());
        log.info("Notifications of and about {} erased", person);
    }
}
