package com.fakebook.friend.request;

import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendRequestCancelled;
import com.fakebook.events.friendship.FriendRequestDeclined;
import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.friend.block.Blocks;
import com.fakebook.friend.friendship.Friendships;
import com.fakebook.friend.people.People;
import com.fakebook.friend.people.PersonLeaving;
import com.fakebook.friend.people.PersonView;
import com.fakebook.friend.request.RelationshipStatus.Status;
import com.fakebook.friend.system.AccountNotFound;
import com.fakebook.friend.system.InvalidField;
import com.fakebook.friend.system.Pairs;
import com.fakebook.friend.system.PersonNotFound;
import com.fakebook.friend.system.RateLimiter;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of friend requests. Every change takes, in this order, the two people's rows (so an account deletion
 * applied meanwhile waits, or is waited for) and then the pair's lock, and only then reads what is between the two:
 * two crossing requests, or an accept racing a cancel, are decided one after the other.
 */
@Service
class FriendRequestManagement {

    private static final Logger log = LoggerFactory.getLogger(FriendRequestManagement.class);

    private final FriendRequests requests;
    private final FriendRequestQueries queries;
    private final Friendships friendships;
    private final Blocks blocks;
    private final People people;
    private final Pairs pairs;
    private final RateLimiter limiter;
    private final FriendRequestLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    FriendRequestManagement(
            FriendRequests requests,
            FriendRequestQueries queries,
            Friendships friendships,
            Blocks blocks,
            People people,
            Pairs pairs,
            RateLimiter limiter,
            FriendRequestLimits limits,
            ApplicationEventPublisher events,
            Clock clock,
            MeterRegistry meters) {
        this.requests = requests;
        this.queries = queries;
        this.friendships = friendships;
        this.blocks = blocks;
        this.people = people;
        this.pairs = pairs;
        this.limiter = limiter;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Sends a request. Sending one already sent returns it again; sending one to someone whose request is open
     * (pending, or declined by the caller earlier) accepts theirs instead.
     */
    @Transactional
    public Sent send(UUID sender, UUID recipient) {
        if (sender.equals(recipient)) {
            throw new InvalidField("recipientId", "You cannot send a friend request to yourself.");
        }
        limiter.acquire("send", sender, limits.sendsPerWindow(), limits.window());
        lockPeopleAndPair(sender, recipient, PersonNotFound::new);
        if (blocks.eitherWay(sender, recipient)) {
            throw new PersonNotFound();
        }
        if (friendships.areFriends(sender, recipient)) {
            throw new AlreadyFriends();
        }
        var open = requests.between(sender, recipient);
        if (open.isPresent() && open.get().senderId().equals(sender)) {
            return new Sent(new SendOutcome(Status.REQUEST_SENT, view(open.get(), recipient)), false);
        }
        if (open.isPresent()) {
            accept(open.get());
            return new Sent(new SendOutcome(Status.FRIENDS, null), false);
        }
        if (requests.countBySenderId(sender) >= limits.maxPendingOutgoing()) {
            throw new TooManyPendingRequests(limits.maxPendingOutgoing());
        }
        var request = requests.save(FriendRequest.send(sender, recipient, clock.instant()));
        events.publishEvent(FriendRequestSent.of(request.id(), sender, recipient));
        count("sent");
        log.info("Friend request {} sent", request.id());
        return new Sent(new SendOutcome(Status.REQUEST_SENT, view(request, recipient)), true);
    }

    @Transactional
    public void accept(UUID actor, UUID requestId) {
        var request = lockedRequest(actor, requestId);
        request.acceptBy(actor);
        accept(request);
    }

    @Transactional
    public void decline(UUID actor, UUID requestId) {
        var request = lockedRequest(actor, requestId);
        if (request.declineBy(actor, clock.instant())) {
            events.publishEvent(FriendRequestDeclined.of(request.id(), request.senderId(), request.recipientId()));
            count("declined");
            log.info("Friend request {} declined", request.id());
        }
    }

    @Transactional
    public void cancel(UUID actor, UUID requestId) {
        var request = lockedRequest(actor, requestId);
        request.cancelBy(actor);
        withdraw(request);
    }

    @Transactional(readOnly = true)
    public Page<FriendRequestView> incoming(UUID actor, PageQuery page) {
        return Page.of(
                queries.incoming(actor, page.after(), page.limit() + 1), page.limit(), FriendRequestView::position);
    }

    @Transactional(readOnly = true)
    public Page<FriendRequestView> outgoing(UUID actor, PageQuery page) {
        return Page.of(
                queries.outgoing(actor, page.after(), page.limit() + 1), page.limit(), FriendRequestView::position);
    }

    /** Where the caller stands with someone; someone who blocked the caller does not exist to them. */
    @Transactional(readOnly = true)
    public RelationshipStatus status(UUID actor, UUID other) {
        if (actor.equals(other)) {
            throw new InvalidField("userId", "This is you.");
        }
        if (people.find(other).isEmpty() || blocks.blocked(other, actor)) {
            throw new PersonNotFound();
        }
        if (blocks.blocked(actor, other)) {
            return new RelationshipStatus(Status.BLOCKED, null);
        }
        if (friendships.areFriends(actor, other)) {
            return new RelationshipStatus(Status.FRIENDS, null);
        }
        return requests.between(actor, other)
                .filter(request -> request.visibleTo(actor))
                .map(request -> new RelationshipStatus(
                        request.senderId().equals(actor) ? Status.REQUEST_SENT : Status.REQUEST_RECEIVED, request.id()))
                .orElseGet(() -> new RelationshipStatus(Status.NONE, null));
    }

    /** A block withdraws the open request between the two, whoever sent it, in the block's transaction. */
    @EventListener
    void on(UserBlocked blocked) {
        requests.between(blocked.blockerId(), blocked.blockedId()).ifPresent(this::withdraw);
        requests.flush();
    }

    /** A deleted account's requests are withdrawn, each with its event, in the deletion's transaction. */
    @EventListener
    void on(PersonLeaving leaving) {
        for (var request : requests.involving(leaving.personId())) {
            pairs.lock(request.senderId(), request.recipientId());
            withdraw(request);
        }
        requests.flush();
    }

    private void accept(FriendRequest request) {
        requests.delete(request);
        friendships.begin(request.senderId(), request.recipientId(), clock.instant());
        events.publishEvent(FriendRequestAccepted.of(request.id(), request.senderId(), request.recipientId()));
        count("accepted");
        log.info("Friend request {} accepted", request.id());
    }

    private void withdraw(FriendRequest request) {
        requests.delete(request);
        events.publishEvent(FriendRequestCancelled.of(request.id(), request.senderId(), request.recipientId()));
        count("cancelled");
        log.info("Friend request {} cancelled", request.id());
    }

    /**
     * The request, read again once its two people and their pair are locked; a request the caller is not a party
     * to, or that went meanwhile, is not found.
     */
    private FriendRequest lockedRequest(UUID actor, UUID requestId) {
        var parties = requests.partiesOf(requestId)
                .filter(found ->
                        found.senderId().equals(actor) || found.recipientId().equals(actor))
                .orElseThrow(FriendRequestNotFound::new);
        var other = parties.senderId().equals(actor) ? parties.recipientId() : parties.senderId();
        lockPeopleAndPair(actor, other, FriendRequestNotFound::new);
        return requests.findById(requestId).orElseThrow(FriendRequestNotFound::new);
    }

    private void lockPeopleAndPair(UUID actor, UUID other, Supplier<? extends RuntimeException> otherMissing) {
        if (!people.lockExisting(actor)) {
            throw new AccountNotFound();
        }
        if (!people.lockExisting(other)) {
            throw otherMissing.get();
        }
        pairs.lock(actor, other);
    }

    /** Counts requests by what became of them: {@code fakebook.friend.requests{outcome=sent|accepted|...}}. */
    private void count(String outcome) {
        meters.counter("fakebook.friend.requests", "outcome", outcome).increment();
    }

    /** What a send did, and whether it made a new request. */
    record Sent(SendOutcome outcome, boolean isNew) {}

    private FriendRequestView view(FriendRequest request, UUID other) {
        var person = people.find(other).orElseGet(() -> new PersonView(other, "", null));
        return new FriendRequestView(request.id(), person, request.sentAt());
    }
}
