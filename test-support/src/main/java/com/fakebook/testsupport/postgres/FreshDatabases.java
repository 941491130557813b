package com.fakebook.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One new database per role and test run: {@code <role>_test_<yyyyMMddHHmmss>_<random>}, owned by the role,
 * dropped when the JVM exits. Databases that earlier runs left behind (a killed JVM) are dropped after a day.
 */
public final class FreshDatabases {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,40}");
    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private FreshDatabases() {}

    /**
     * The JDBC URL of this run's database for the role, created on the first call.
     *
     * @param configuredUrl the application's JDBC URL; its host, port and parameters are kept
     */
    public static String forRole(String configuredUrl, String role, String password) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        return URLS.computeIfAbsent(role, r -> create(configuredUrl, r, password));
    }

    private static String create(String configuredUrl, String role, String password) {
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
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().unstarted(() -> drop(configuredUrl, role, password, name)));
        return withDatabase(configuredUrl, name);
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

    private static void drop(String configuredUrl, String role, String password, String name) {
        try (var connection = DriverManager.getConnection(configuredUrl, role, password);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
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
