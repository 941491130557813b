package com.fakebook.messaging.live;

import com.fakebook.messaging.delivery.Deliveries;
import com.fakebook.messaging.people.People;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
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

    /**
     * Keeps the people online a while longer (called at every heartbeat for the people with sockets here): one
     * pipelined round trip to Redis for all of them.
     */
    void stillHere(Collection<UUID> persons) {
        var now = String.valueOf(clock.millis());
        var online = Expiration.from(properties.presenceTtl());
        var one = bytes("1");
        var lastActive = bytes(now);
        redis.executePipelined((RedisCallback<Object>) connection -> {
            var strings = connection.stringCommands();
            for (var person : persons) {
                strings.set(bytes(ONLINE + person), one, online, SetOption.upsert());
                strings.set(bytes(LAST_ACTIVE + person), lastActive);
            }
            return null;
        });
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
        return statuses(showing(people.friendsAmong(viewer, persons)));
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

    /** Those of the people who show their presence, in one query. */
    private List<UUID> showing(List<UUID> persons) {
        if (persons.isEmpty()) {
            return persons;
        }
        var hiding =
                Set.copyOf(db.sql("select user_id from chat_settings where user_id in (:persons) and not show_presence")
                        .param("persons", persons)
                        .query(UUID.class)
                        .list());
        return persons.stream().filter(person -> !hiding.contains(person)).toList();
    }

    /** The people's presence, in two round trips to Redis whatever their number. */
    private List<Status> statuses(List<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        var online = redis.opsForValue().multiGet(keys(ONLINE, persons));
        var lastActive = redis.opsForValue().multiGet(keys(LAST_ACTIVE, persons));
        var statuses = new ArrayList<Status>(persons.size());
        for (var index = 0; index < persons.size(); index++) {
            var last = lastActive == null ? null : lastActive.get(index);
            statuses.add(new Status(
                    persons.get(index),
                    online != null && online.get(index) != null,
                    last == null ? null : Instant.ofEpochMilli(Long.parseLong(last))));
        }
        return statuses;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keys(String prefix, List<UUID> persons) {
        return persons.stream().map(person -> prefix + person).toList();
    }

    private void tellFriends(UUID person, boolean online) {
        if (!shows(person)) {
            return;
        }
        deliveries.send(
                showing(people.friendsOf(person)),
                new Frames.PresenceFrame(person, online, online ? null : clock.instant()));
    }
}
