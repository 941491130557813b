package com.fakebook.messaging.message;

import static com.fakebook.messaging.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.messaging.MessagingIntegrationTest;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An instance works on a bounded number of sends at once; one more is refused at once, with nothing stored, rather
 * than queued behind them. Here the bound is one, and the send in flight is held by a lock on its conversation.
 */
@TestPropertySource(properties = "fakebook.chat.sends-in-flight=1")
class SendAdmissionIntegrationTests extends MessagingIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aSendBeyondTheBoundIsRefusedAtOnceAndStoresNothing() throws Exception {
        var held = api.direct(ana, bruno);
        var other = api.direct(ana, carla);

        CompletableFuture<Long> inFlight;
        try (var lock = dataSource.getConnection()) {
            holdConversation(lock, held);
            inFlight = CompletableFuture.supplyAsync(() -> api.send(ana, held, "held", "waits for the lock")
                    .get("sequence")
                    .asLong());
            await().atMost(PATIENCE).until(this::aSendWaitsForALock);

            problem(
                            api.post(
                                    carla,
                                    "/api/conversations/" + other + "/messages",
                                    "{\"clientMessageId\":\"busy\",\"text\":\"now?\"}"),
                            503)
                    .jsonPath("$.type")
                    .isEqualTo("urn:problem-type:fakebook:temporarily-unavailable");
            assertThat(messagesIn(other))
                    .as("nothing of a refused send is stored")
                    .isZero();

            lock.commit();
        }

        assertThat(inFlight.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(api.send(carla, other, "busy", "now?").get("sequence").asLong())
                .as("sent again once the instance has room, it goes through")
                .isEqualTo(1);
    }

    private static void holdConversation(Connection connection, UUID conversationId) throws Exception {
        connection.setAutoCommit(false);
        try (var statement = connection.prepareStatement("select id from conversations where id = ? for update")) {
            statement.setObject(1, conversationId);
            statement.executeQuery().close();
        }
    }

    private boolean aSendWaitsForALock() {
        return db.sql("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'""").query(Long.class).single() > 0;
    }

    private long messagesIn(UUID conversationId) {
        return db.sql("select count(*) from messages where conversation_id = ?")
                .param(conversationId)
                .query(Long.class)
                .single();
    }
}
