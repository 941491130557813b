package com.fakebook.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * What the chat benchmark puts straight into the databases, for users made straight in Keycloak: messaging-service's
 * read model of people and friendships (fed by friend-service's and profile-service's events in real use), and the
 * cleanup of what the run left in messaging-service and notification-service afterwards.
 */
final class ChatDatabase {

    private final String messagingUrl =
            System.getProperty("bench.messagingDbUrl", "jdbc:postgresql://127.0.0.1:5432/fakebook_messaging");
    private final String notificationUrl =
            System.getProperty("bench.notificationDbUrl", "jdbc:postgresql://127.0.0.1:5432/fakebook_notification");

    /** Makes each even-numbered person a friend of the next one: the pairs who talk. */
    void pairUp(List<UUID> people) {
        try (var db = messaging()) {
            db.setAutoCommit(false);
            try (var person = db.prepareStatement(
                            "insert into people (id, display_name) values (?, ?) on conflict (id) do nothing");
                    var friendship = db.prepareStatement(
                            "insert into friendships (user_id, friend_id) values (?, ?), (?, ?) on conflict do nothing")) {
                for (var index = 0; index < people.size(); index++) {
                    person.setObject(1, people.get(index));
                    person.setString(2, "Bench Talker " + index);
                    person.addBatch();
                    if (index % 2 == 1) {
                        friendship.setObject(1, people.get(index - 1));
                        friendship.setObject(2, people.get(index));
                        friendship.setObject(3, people.get(index));
                        friendship.setObject(4, people.get(index - 1));
                        friendship.addBatch();
                    }
                }
                person.executeBatch();
                friendship.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes the people's conversations (their messages go with them), friendships and read-model rows, and what
     * notification-service made of their messages.
     */
    void forget(List<UUID> people) {
        try (var db = messaging()) {
            var ids = db.createArrayOf("uuid", people.toArray());
            execute(
                    db,
                    "delete from messages where conversation_id in (select conversation_id from conversation_members"
                            + " where user_id = any (?))",
                    ids);
            execute(
                    db,
                    "delete from conversations where id in (select conversation_id from conversation_members"
                            + " where user_id = any (?))",
                    ids);
            execute(db, "delete from friendships where user_id = any (?)", ids);
            execute(db, "delete from chat_settings where user_id = any (?)", ids);
            execute(db, "delete from people where id = any (?)", ids);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (var db = notification()) {
            var ids = db.createArrayOf("uuid", people.toArray());
            for (var table : List.of(
                    "notifications where recipient_id",
                    "unread_messages where recipient_id",
                    "stream_events where user_id",
                    "streams where user_id",
                    "people where id")) {
                execute(db, "delete from " + table + " = any (?)", ids);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection db, String sql, java.sql.Array ids) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }

    private Connection messaging() throws SQLException {
        return DriverManager.getConnection(
                messagingUrl, "fakebook_messaging", KeycloakAdmin.localSecret("FAKEBOOK_MESSAGING_DB_PASSWORD"));
    }

    private Connection notification() throws SQLException {
        return DriverManager.getConnection(
                notificationUrl,
                "fakebook_notification",
                KeycloakAdmin.localSecret("FAKEBOOK_NOTIFICATION_DB_PASSWORD"));
    }
}
