package com.fakebook.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * What the notification benchmarks cannot make through the API, straight in the services' databases as their own
 * roles. Their users are made in Keycloak (no sign-up, so no {@code AccountRegistered}): friend-service learns of them
 * here ({@code people}, its read model of accounts), or it would answer 404 to a request between them. Afterwards
 * their friend requests in friend-service, and their notifications and streams in notification-service, go with them
 * (their Keycloak users are deleted, which tells no service anything).
 */
final class NotificationBenchData {

    private static final String FRIEND_DB =
            System.getProperty("bench.friendDbUrl", "jdbc:postgresql://127.0.0.1:5432/fakebook_friend");
    private static final String NOTIFICATION_DB =
            System.getProperty("bench.notificationDbUrl", "jdbc:postgresql://127.0.0.1:5432/fakebook_notification");

    /** Makes the users known to friend-service, each with a name. */
    void register(List<UUID> users, String namePrefix) {
        try (var db = friends();
                var insert = db.prepareStatement("insert into people (id, display_name, registered_at)"
                        + " values (?, ?, now()) on conflict (id) do nothing")) {
            for (var index = 0; index < users.size(); index++) {
                insert.setObject(1, users.get(index));
                insert.setString(2, namePrefix + " " + index);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes everything of these users from friend-service and notification-service. */
    void forget(List<UUID> users) {
        if (users.isEmpty()) {
            return;
        }
        try (var db = friends()) {
            var ids = db.createArrayOf("uuid", users.toArray());
            run(db, "delete from friend_requests where sender_id = any (?) or recipient_id = any (?)", ids, ids);
            run(db, "delete from people where id = any (?)", ids);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (var db = notifications()) {
            var ids = db.createArrayOf("uuid", users.toArray());
            run(db, "delete from notifications where recipient_id = any (?) or actor_id = any (?)", ids, ids);
            run(db, "delete from stream_events where user_id = any (?)", ids);
            run(db, "delete from streams where user_id = any (?)", ids);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Connection db, String sql, Object... parameters) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (var index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection friends() throws SQLException {
        return DriverManager.getConnection(
                FRIEND_DB, "fakebook_friend", KeycloakAdmin.localSecret("FAKEBOOK_FRIEND_DB_PASSWORD"));
    }

    private static Connection notifications() throws SQLException {
        return DriverManager.getConnection(
                NOTIFICATION_DB,
                "fakebook_notification",
                KeycloakAdmin.localSecret("FAKEBOOK_NOTIFICATION_DB_PASSWORD"));
    }
}
