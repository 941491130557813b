package com.fakebook.friend.system;

import com.fakebook.events.friendship.FriendshipEvent;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes what happens between two people: every change to a pair's requests, friendship or block first takes
 * the pair's transaction-scoped advisory lock in PostgreSQL, then reads the pair's state and acts on it. Two
 * requests crossing, or an accept racing a cancel, thus run one after the other, on every instance; the unique
 * keys of the tables stay the last guard.
 */
@Component
public class Pairs {

    private final JdbcClient db;

    Pairs(JdbcClient db) {
        this.db = db;
    }

    /** Waits for and holds, until the transaction ends, the lock of the pair (in either order). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID one, UUID other) {
        db.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(FriendshipEvent.pairKey(one, other))
                .query((rs, row) -> 1)
                .single();
    }
}
