package com.fakebook.notification.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who exists and how they are shown, who is friends with whom, and who blocked whom. Changed only by events, inside
 * the consumer's transaction. An erased person stays erased: a profile event that comes late does not bring them back.
 */
@Component
public class People {

    private final JdbcClient db;

    People(JdbcClient db) {
        this.db = db;
    }

    /** Records how the person is shown (a sign-up's name, or a profile update's name and avatar). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shown(UUID id, String displayName, @Nullable String avatarUrl, boolean replaceAvatar) {
        db.sql("""
                        insert into people (id, display_name, avatar_url)
                        select :id, :name, :avatar
                        where not exists (select 1 from erased_people where id = :id)
                        on conflict (id) do update set display_name = excluded.display_name,
                            avatar_url = case when :replace then excluded.avatar_url else people.avatar_url end""")
                .param("id", id)
                .param("name", displayName)
                .param("avatar", avatarUrl)
                .param("replace", replaceAvatar)
                .update();
    }

    /** The avatar the person is shown with now, if any. */
    public Optional<String> avatarOf(UUID id) {
        return db.sql("select avatar_url from people where id = ? and avatar_url is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The two are friends from now (a request accepted), unless either account is gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void befriend(UUID one, UUID other) {
        db.sql("""
                        insert into friends (user_id, friend_id)
                        select pair.user_id, pair.friend_id
                        from (values (cast(:a as uuid), cast(:b as uuid)), (cast(:b as uuid), cast(:a as uuid)))
                            as pair (user_id, friend_id)
                        where not exists (select 1 from erased_people where id in (:a, :b))
                        on conflict do nothing""").param("a", one).param("b", other).update();
    }

    /** The two are no longer friends (unfriended, or a block). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void unfriend(UUID one, UUID other) {
        db.sql("""
                        delete from friends
                        where (user_id = :a and friend_id = :b) or (user_id = :b and friend_id = :a)""").param("a", one).param("b", other).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID id, Instant at) {
        db.sql("delete from people where id = ?").param(id).update();
        db.sql("delete from friends where user_id = ? or friend_id = ?")
                .params(id, id)
                .update();
        db.sql("delete from blocks where blocker_id = ? or blocked_id = ?")
                .params(id, id)
                .update();
        db.sql("insert into erased_people (id, erased_at) values (?, ?) on conflict do nothing")
                .params(id, Timestamp.from(at))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void block(UUID blocker, UUID blocked) {
        db.sql("insert into blocks (blocker_id, blocked_id) values (?, ?) on conflict do nothing")
                .params(blocker, blocked)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void unblock(UUID blocker, UUID blocked) {
        db.sql("delete from blocks where blocker_id = ? and blocked_id = ?")
                .params(blocker, blocked)
                .update();
    }

    /** Whether one of the two blocked the other, or either account was deleted: then nothing is told between them. */
    public boolean apart(UUID one, UUID other) {
        return db.sql("""
                        select exists (select 1 from blocks where (blocker_id = :a and blocked_id = :b)
                                                             or (blocker_id = :b and blocked_id = :a))
                            or exists (select 1 from erased_people where id in (:a, :b))""")
                .param("a", one)
                .param("b", other)
                .query(Boolean.class)
                .single();
    }

    /**
     * Those of {@code others} who are apart from {@code person} (see {@link #apart}); everyone when the person's own
     * account was deleted.
     */
    public Set<UUID> apartFrom(UUID person, Collection<UUID> others) {
        return new HashSet<>(db.sql("""
                        select other.id
                        from unnest(cast(:others as uuid[])) as other (id)
                        where exists (select 1 from blocks where (blocker_id = :person and blocked_id = other.id)
                                                              or (blocker_id = other.id and blocked_id = :person))
                           or exists (select 1 from erased_people where id in (:person, other.id))""")
                .param("person", person)
                .param("others", others.stream().map(UUID::toString).toArray(String[]::new))
                .query(UUID.class)
                .list());
    }

    public boolean erased(UUID id) {
        return db.sql("select exists (select 1 from erased_people where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
