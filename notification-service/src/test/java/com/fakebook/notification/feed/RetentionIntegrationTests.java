package com.fakebook.notification.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.notification.NotificationServiceIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled pruning, run by calling the job as the scheduler does. */
class RetentionIntegrationTests extends NotificationServiceIntegrationTest {

    @Autowired
    Retention retention;

    @Test
    void notificationsWithoutActivityFor90DaysArePrunedAndTheirOwnerGetsTheNewCount() {
        var now = Instant.now();
        var old = storedNotification(ana, bruno, now.minus(Duration.ofDays(91)));
        var recent = storedNotification(ana, carla, now.minus(Duration.ofDays(89)));
        var conversation = UUID.randomUUID();
        db.sql("insert into unread_messages values (?, ?, 1, ?)")
                .params(ana.id(), conversation, Timestamp.from(now.minus(Duration.ofDays(91))))
                .update();

        retention.prune();

        assertThat(ids()).containsExactly(recent);
        assertThat(api.unreadCount(ana)).isEqualTo(1);
        assertThat(db.sql("select count(*) from unread_messages where conversation_id = ?")
                        .param(conversation)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(db.sql("select data from stream_events where user_id = ? order by seq desc limit 1")
                        .param(ana.id())
                        .query(String.class)
                        .single())
                .isEqualTo("{\"count\":1}");
        assertThat(old).isNotEqualTo(recent);
    }

    @Test
    void streamEventsOlderThanTheReplayWindowArePruned() {
        api.post(ana, "/api/notifications/read-all").expectStatus().isNoContent();
        storedNotification(ana, bruno, Instant.now());
        api.post(ana, "/api/notifications/read-all").expectStatus().isNoContent();
        db.sql("update stream_events set appended_at = ? where user_id = ? and seq = 1")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(2))), ana.id())
                .update();

        retention.prune();

        assertThat(db.sql("select seq from stream_events where user_id = ? order by seq")
                        .param(ana.id())
                        .query(Long.class)
                        .list())
                .containsExactly(2L);
    }

    private java.util.List<UUID> ids() {
        return db.sql("select id from notifications where recipient_id = ?")
                .param(ana.id())
                .query(UUID.class)
                .list();
    }
}
