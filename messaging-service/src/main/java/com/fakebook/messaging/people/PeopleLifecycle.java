package com.fakebook.messaging.people;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountRegistered;
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
 * The people read model follows accounts and profiles, each event applied once. A profile event may come before
 * its account's registration (it then makes the person) or after its deletion (an erased id stays erased).
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
            return;
        }
        switch (event) {
            case AccountRegistered registered -> known(registered.accountId(), registered.displayName(), null, false);
            case ProfileUpdated updated -> known(updated.accountId(), updated.displayName(), updated.avatarUrl(), true);
            case AccountDeleted deleted -> erase(deleted.accountId());
            default -> log.debug("Event type {} changes nothing here", event.type());
        }
    }

    private void known(UUID id, String displayName, String avatarUrl, boolean replace) {
        db.sql("""
                        insert into people (id, display_name, avatar_url)
                        select :id, :name, :avatar
                        where not exists (select 1 from erased_people where id = :id)
                        on conflict (id) do update set display_name = excluded.display_name,
                                                       avatar_url = excluded.avatar_url
                        where :replace""")
                .param("id", id)
                .param("name", displayName)
                .param("avatar", avatarUrl)
                .param("replace", replace)
                .update();
    }

    private void erase(UUID id) {
        db.sql("insert into erased_people (id, erased_at) values (?, ?) on conflict (id) do nothing")
                .params(id, Timestamp.from(clock.instant()))
                .update();
        db.sql("delete from people where id = ?").param(id).update();
        db.sql("delete from friendships where user_id = :id or friend_id = :id")
                .param("id", id)
                .update();
        db.sql("delete from blocks where blocker_id = :id or blocked_id = :id")
                .param("id", id)
                .update();
        db.sql("delete from chat_settings where user_id = ?").param(id).update();
        events.publishEvent(new PersonLeaving(id));
        log.info("Person {} erased", id);
    }
}
