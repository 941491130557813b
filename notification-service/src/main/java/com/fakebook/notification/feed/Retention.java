package com.fakebook.notification.feed;

import com.fakebook.notification.stream.StreamLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what is old: notifications without activity for {@code fakebook.notifications.retention} (90 days), the
 * unread messages and processed event ids as old, and stream events older than the replay window. People who lost
 * unread notifications get their new count on their stream. Runs on every instance at the scheduled time; a second
 * run finds nothing left to delete.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient db;
    private final Feed feed;
    private final StreamLog stream;
    private final Clock clock;
    private final Duration retention;
    private final Duration replayWindow;

    Retention(
            JdbcClient db,
            Feed feed,
            StreamLog stream,
            Clock clock,
            @Value("${fakebook.notifications.retention:90d}") Duration retention,
            @Value("${fakebook.stream.replay-window:24h}") Duration replayWindow) {
        this.db = db;
        this.feed = feed;
        this.stream = stream;
        this.clock = clock;
        this.retention = retention;
        this.replayWindow = replayWindow;
    }

    @Scheduled(cron = "${fakebook.notifications.retention-cron:0 17 3 * * *}", zone = "UTC")
    @Transactional
    public void prune() {
        var now = clock.instant();
        var before = Timestamp.from(now.minus(retention));
        var unreadLost = db.sql("""
                        delete from notifications where updated_at < ?
                        returning recipient_id, read_at is null as unread""")
                .param(before)
                .query((rs, row) -> new Pruned(rs.getObject("recipient_id", UUID.class), rs.getBoolean("unread")))
                .list();
        var notifications = unreadLost.size();
        feed.recount(unreadLost.stream()
                .filter(Pruned::unread)
                .map(Pruned::recipient)
                .toList());
        var messages = db.sql("delete from unread_messages where received_at < ?")
                .param(before)
                .update();
        db.sql("delete from processed_events where processed_at < ?")
                .param(before)
                .update();
        var events = stream.prune(now.minus(replayWindow));
        log.info("Pruned {} notifications, {} unread messages and {} stream events", notifications, messages, events);
    }

    private record Pruned(UUID recipient, boolean unread) {}
}
