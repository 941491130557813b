package com.fakebook.notification.preference;

import com.fakebook.notification.feed.NotificationType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice per notification type; a type without a stored choice is as its default (most are on). */
@Component
public class Preferences {

    private final JdbcClient db;

    Preferences(JdbcClient db) {
        this.db = db;
    }

    public boolean wants(UUID user, NotificationType type) {
        return db.sql("select enabled from notification_preferences where user_id = ? and type = ?")
                .params(user, type.name())
                .query(Boolean.class)
                .optional()
                .orElse(type.onByDefault());
    }

    /** Those of the users who want to be told of this type. */
    public Set<UUID> wanting(Collection<UUID> users, NotificationType type) {
        return new HashSet<>(db.sql("""
                        select u.id
                        from unnest(cast(:users as uuid[])) as u (id)
                            left join notification_preferences p on p.user_id = u.id and p.type = :type
                        where coalesce(p.enabled, :onByDefault)""")
                .param("users", users.stream().map(UUID::toString).toArray(String[]::new))
                .param("type", type.name())
                .param("onByDefault", type.onByDefault())
                .query(UUID.class)
                .list());
    }

    /** Every type, each on or off. */
    Map<NotificationType, Boolean> of(UUID user) {
        var choices = new EnumMap<NotificationType, Boolean>(NotificationType.class);
        for (var type : NotificationType.values()) {
            choices.put(type, type.onByDefault());
        }
        db.sql("select type, enabled from notification_preferences where user_id = ?")
                .param(user)
                .query(rs -> {
                    choices.put(NotificationType.valueOf(rs.getString("type")), rs.getBoolean("enabled"));
                });
        return choices;
    }

    @Transactional
    Map<NotificationType, Boolean> change(UUID user, Map<NotificationType, Boolean> changes) {
        changes.forEach((type, enabled) ->
                db.sql("""
                        insert into notification_preferences (user_id, type, enabled) values (?, ?, ?)
                        on conflict (user_id, type) do update set enabled = excluded.enabled""").params(user, type.name(), enabled).update());
        return of(user);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID user) {
        db.sql("delete from notification_preferences where user_id = ?")
                .param(user)
                .update();
    }
}
