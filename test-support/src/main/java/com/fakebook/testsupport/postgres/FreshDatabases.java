package com.fakebook.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One new database per role and test run: {@code <role>_test_<yyyyMMddHHmmss>_<random>}, owned by the role. Each
 * user of it (an application context, a test that restarts an application) holds a {@link Lease}; when the last
 * lease is closed, after the last application using it has shut down, the database is dropped. Databases that
 * killed runs left behind are dropped after a day.
 */
public final class FreshDatabases {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,40}");
    private static final Map<String, Database> DATABASES = new HashMap<>();

    private FreshDatabases() {}

    /** A share in this run's database for the role, created on first use. */
    public static synchronized Lease lease(String configuredUrl, String role, String password) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        var database = DATABASES.computeIfAbsent(role, r -> Database.create(configuredUrl, r, password));
        database.leases++;
        return new Lease(database);
    }

    private static synchronized void release(Database database) {
        if (--database.leases == 0) {
            DATABASES.remove(database.role);
            database.drop();
        }
    }

    /** A share in a fresh database: its JDBC URL, until closed. */
    public static final class Lease implements AutoCloseable {

        private final Database database;
        private boolean closed;

        private Lease(Database database) {
            this.database = database;
        }

        public String url() {
            return database.url;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(database);
            }
        }
    }

    private static final class Database {

        final String configuredUrl;
        final String role;
        final String password;
        final String name;
        final String url;
        int leases;

        private Database(String configuredUrl, String role, String password, String name) {
            this.configuredUrl = configuredUrl;
            this.role = role;
            this.password = password;
            this.name = name;
            this.url = withDatabase(configuredUrl, name);
        }

        static Database create(String configuredUrl, String role, String password) {
            var name = role + "_test_" + LocalDateTime.now().format(STAMP) + "_"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
            try (var connection = DriverManager.getConnection(configuredUrl, role, password);
                    var statement = connection.createStatement()) {
                dropLeftovers(connection, role);
                statement.execute("create database " + name + " owner " + role);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot create a test database for role " + role + " at " + configuredUrl
                                + " (is PostgreSQL up? deploy/local/up --infra-only)",
                        e);
            }
            return new Database(configuredUrl, role, password, name);
        }

        void drop() {
            try (var connection = DriverManager.getConnection(configuredUrl, role, password);
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }

        private static void dropLeftovers(Connection connection, String role) throws SQLException {
            var dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
            var stale = new ArrayList<String>();
            try (var query = connection.prepareStatement(
                    "select datname from pg_database where datname like ? and substring(datname from ?) < ?")) {
                query.setString(1, role + "\\_test\\_%");
                query.setInt(2, role.length() + "_test_".length() + 1);
                query.setString(3, dayAgo);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        stale.add(rows.getString(1));
                    }
                }
            }
            try (var statement = connection.createStatement()) {
                for (var name : stale) {
                    statement.execute("drop database if exists " + name + " with (force)");
                }
            }
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        var matcher = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$").matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return matcher.group(1) + database + matcher.group(3);
    }
}
