package com.fakebook.messaging.live;

import com.fakebook.messaging.delivery.Deliveries;
import com.fakebook.messaging.people.People;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is online: a Redis key per person, refreshed while any socket of theirs is open on any instance and
 * expiring {@code presence-ttl} after the last one went quiet; and when each was last active. Only friends see
 * it, and only of those who show it (who hides it sees nobody's, as on the sites people know).
 */
@Component
public class Presence {

    private static final String ONLINE = "fakebook:chat:online:";
    private static final String LAST_ACTIVE = "fakebook:chat:last-active:";

    private final StringRedisTemplate redis;
    private final JdbcClient db;
    private final People people;
    private final Deliveries deliveries;
    private final ChatProperties properties;
    private final Clock clock;

    Presence(
            StringRedisTemplate redis,
            JdbcClient db,
            People people,
            Deliveries deliveries,
            ChatProperties properties,
            Clock clock) {
        this.redis = redis;
        this.db = db;
        this.people = people;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one person may know of another's presence. */
    public record Status(
            UUID userId, boolean online, @Nullable Instant lastActiveAt) {}

    void connected(UUID person) {
        var wasOnline = Boolean.TRUE.equals(redis.hasKey(ONLINE + person));
        stillHere(List.of(person));
        if (!wasOnline) {
            tellFriends(person, true);
        }
    }

    /** Keeps the people online a while longer (called at every heartbeat for the people with sockets here). */
    void stillHere(Collection<UUID> persons) {
        var now = String.valueOf(clock.millis());
        for (var person : persons) {
            redis.opsForValue().set(ONLINE + person, "1", properties.presenceTtl());
            redis.opsForValue().set(LAST_ACTIVE + person, now);
        }
    }

    void left(UUID person) {
        redis.opsForValue().set(LAST_ACTIVE + person, String.valueOf(clock.millis()));
        redis.delete(ONLINE + person);
        tellFriends(person, false);
    }

    /** The presence of those of the people who are the viewer's friends and show it; nothing when the viewer hides theirs. */
    public List<Status> of(UUID viewer, Collection<UUID> persons) {
        if (!shows(viewer)) {
            return List.of();
        }
        return people.friendsAmong(viewer, persons).stream()
                .filter(this::shows)
                .map(this::status)
                .toList();
    }

    public boolean shows(UUID person) {
        return db.sql("select show_presence from chat_settings where user_id = ?")
                .param(person)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    public void show(UUID person, boolean show) {
        db.sql("""
                        insert into chat_settings (user_id, show_presence) values (?, ?)
                        on conflict (user_id) do update set show_presence = excluded.show_presence""").params(person, show).update();
    }

    private Status status(UUID person) {
        var online = Boolean.TRUE.equals(redis.hasKey(ONLINE + person));
        var lastActive = redis.opsForValue().get(LAST_ACTIVE + person);
        return new Status(person, online, lastActive == null ? null : Instant.ofEpochMilli(Long.parseLong(lastActive)));
    }

    private void tellFriends(UUID person, boolean online) {
        if (!shows(person)) {
            return;
        }
        var friends = people.friendsOf(person).stream().filter(this::shows).toList();
        deliveries.send(friends, new Frames.PresenceFrame(person, online, online ? null : clock.instant()));
    }
}
