package com.fakebook.friend.block;

import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.friend.people.People;
import com.fakebook.friend.people.PersonLeaving;
import com.fakebook.friend.system.AccountNotFound;
import com.fakebook.friend.system.InvalidField;
import com.fakebook.friend.system.Pairs;
import com.fakebook.friend.system.PersonNotFound;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking and unblocking. {@link UserBlocked} is published in the block's transaction: the requests and friendship
 * features end what the two had (with their own events) in that same transaction.
 */
@Service
class BlockManagement {

    private static final Logger log = LoggerFactory.getLogger(BlockManagement.class);

    private final Blocks blocks;
    private final People people;
    private final Pairs pairs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BlockManagement(Blocks blocks, People people, Pairs pairs, ApplicationEventPublisher events, Clock clock) {
        this.blocks = blocks;
        this.people = people;
        this.pairs = pairs;
        this.events = events;
        this.clock = clock;
    }

    /** Blocks the person; blocking again changes nothing. Someone who blocked the caller does not exist to them. */
    @Transactional
    public void block(UUID actor, UUID target) {
        if (actor.equals(target)) {
            throw new InvalidField("userId", "You cannot block yourself.");
        }
        lockBoth(actor, target);
        if (blocks.blocked(target, actor)) {
            throw new PersonNotFound();
        }
        if (blocks.insert(actor, target, clock.instant())) {
            events.publishEvent(UserBlocked.of(actor, target));
            log.info("User {} blocked {}", actor, target);
        }
    }

    @Transactional
    public void unblock(UUID actor, UUID target) {
        pairs.lock(actor, target);
        if (!blocks.delete(actor, target)) {
            throw new NotBlocked();
        }
        events.publishEvent(UserUnblocked.of(actor, target));
        log.info("User {} unblocked {}", actor, target);
    }

    @Transactional(readOnly = true)
    public Page<BlockView> blocked(UUID actor, PageQuery page) {
        return Page.of(blocks.list(actor, page.after(), page.limit() + 1), page.limit(), BlockView::position);
    }

    /** A deleted account's blocks go, both ways, without events: nobody is unblocked, one of them is gone. */
    @EventListener
    void on(PersonLeaving leaving) {
        blocks.deleteAllOf(leaving.personId());
    }

    private void lockBoth(UUID actor, UUID target) {
        if (!people.lockExisting(actor)) {
            throw new AccountNotFound();
        }
        if (!people.lockExisting(target)) {
            throw new PersonNotFound();
        }
        pairs.lock(actor, target);
    }
}
