package com.fakebook.friend.people;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.events.profile.PrivacySettingsChanged;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.servicedefaults.events.ProcessedEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people read model follows accounts and profiles, each event applied once. The two topics are read apart, so
 * a profile event may come before its account's registration (it then makes the person) or after its deletion (it
 * then changes nothing: an erased id stays erased).
 */
@Service
class PeopleLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeopleLifecycle.class);

    private final JdbcClient db;
    private final ProcessedEvents processed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleLifecycle(JdbcClient db, ProcessedEvents processed, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.processed = processed;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void apply(DomainEvent event) {
        if (!processed.firstDelivery(event)) {
            log.debug("Event {} already applied", event.id());
            return;
        }
        switch (event) {
            case AccountRegistered registered -> registered(registered);
            case AccountDeleted deleted -> erase(deleted.accountId());
            case ProfileUpdated updated -> updated(updated);
            case PrivacySettingsChanged changed -> privacyChanged(changed);
            case AccountVerified verified -> {}
            default -> log.info("Event type {} changes nothing here", event.type());
        }
    }

    private void registered(AccountRegistered registered) {
        var made = db.sql("""
                        insert into people (id, display_name, registered_at)
                        select :id, :name, :at
                        where not exists (select 1 from erased_people where id = :id)
                        on conflict (id) do nothing""")
                .param("id", registered.accountId())
                .param("name", registered.displayName())
                .param("at", Timestamp.from(registered.occurredAt()))
                .update();
        if (made == 1) {
            log.info("Person {} known", registered.accountId());
        }
    }

    private void updated(ProfileUpdated updated) {
        db.sql("""
                        insert into people (id, display_name, avatar_url, registered_at)
                        select :id, :name, :avatar, :at
                        where not exists (select 1 from erased_people where id = :id)
                        on conflict (id) do update set display_name = excluded.display_name,
                                                       avatar_url = excluded.avatar_url""")
                .param("id", updated.accountId())
                .param("name", updated.displayName())
                .param("avatar", updated.avatarUrl())
                .param("at", Timestamp.from(updated.occurredAt()))
                .update();
    }

    /**
     * A setting for a person not known yet (the account event is late) fails, so the record is tried again a
     * moment later, and dead-lettered if the person never comes.
     */
    private void privacyChanged(PrivacySettingsChanged changed) {
        var audience = FriendsListAudience.fromEvent(changed.friendsList());
        var updated = db.sql("update people set friends_list_audience = ? where id = ?")
                .params(audience.name(), changed.accountId())
                .update();
        if (updated == 0 && !erased(changed.accountId())) {
            throw new IllegalStateException("privacy settings of a person not known yet: " + changed.accountId());
        }
    }

    /**
     * The deleted account's person: its row is locked first (a request being sent to them meanwhile waits, then
     * fails), every feature ends and erases what concerns them ({@link PersonLeaving}), then the row goes and only
     * the id stays, as erased.
     */
    private void erase(UUID id) {
        var known = db.sql("select id from people where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional()
                .isPresent();
        if (known) {
            events.publishEvent(new PersonLeaving(id));
            db.sql("delete from people where id = ?").param(id).update();
        }
        db.sql("insert into erased_people (id, erased_at) values (?, ?) on conflict do nothing")
                .params(id, Timestamp.from(clock.instant()))
                .update();
        log.info("Person {} erased", id);
    }

    private boolean erased(UUID id) {
        return db.sql("select count(*) from erased_people where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
