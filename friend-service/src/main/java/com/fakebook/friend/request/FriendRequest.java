package com.fakebook.friend.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request still open between two people. Only its recipient may accept or decline it, only its sender cancel it;
 * to anyone else it does not exist. A declined request stays, so that to its sender it still looks pending.
 */
@Entity
@Table(name = "friend_requests")
class FriendRequest {

    enum Status {
        PENDING,
        DECLINED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID senderId;

    @Column(nullable = false)
    private UUID recipientId;

    @Column(nullable = false)
    private UUID pairLow;

    @Column(nullable = false)
    private UUID pairHigh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private Instant sentAt;

    private @Nullable Instant declinedAt;

    @Version
    private @Nullable Long version;

    protected FriendRequest() {}

    private FriendRequest(UUID sender, UUID recipient, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.senderId = sender;
        this.recipientId = recipient;
        var sorted = sender.toString().compareTo(recipient.toString()) < 0;
        this.pairLow = sorted ? sender : recipient;
        this.pairHigh = sorted ? recipient : sender;
        this.status = Status.PENDING;
        this.sentAt = sentAt;
    }

    static FriendRequest send(UUID sender, UUID recipient, Instant at) {
        if (sender.equals(recipient)) {
            throw new IllegalArgumentException("a request to oneself");
        }
        return new FriendRequest(sender, recipient, at);
    }

    /** The recipient accepts (a declined request too: they changed their mind). */
    void acceptBy(UUID actor) {
        requireRecipient(actor);
    }

    /** The recipient declines; false when it already was declined. */
    boolean declineBy(UUID actor, Instant at) {
        requireRecipient(actor);
        if (status == Status.DECLINED) {
            return false;
        }
        status = Status.DECLINED;
        declinedAt = at;
        return true;
    }

    void cancelBy(UUID actor) {
        if (!senderId.equals(actor)) {
            throw new FriendRequestNotFound();
        }
    }

    /** Whether the person sees this request: its sender always; its recipient while it is pending. */
    boolean visibleTo(UUID person) {
        return senderId.equals(person) || (recipientId.equals(person) && status == Status.PENDING);
    }

    private void requireRecipient(UUID actor) {
        if (!recipientId.equals(actor)) {
            throw new FriendRequestNotFound();
        }
    }

    UUID id() {
        return id;
    }

    UUID senderId() {
        return senderId;
    }

    UUID recipientId() {
        return recipientId;
    }

    Status status() {
        return status;
    }

    Instant sentAt() {
        return sentAt;
    }
}
