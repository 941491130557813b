package com.fakebook.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * user-profile-service's database, as its own role, for what a benchmark cannot make through the API: profiles
 * for users made straight in Keycloak (no sign-up, so no AccountRegistered) and friendships (the service's read
 * model of friend-service's events). The 100,000 people they befriend are seeded by bench/profiles, with ids
 * {@code md5('fakebook-bench-' || n)::uuid} for n from 0 to 99,999.
 */
final class ProfileDatabase {

    static final int SEEDED = 100_000;

    private final String url =
            System.getProperty("bench.profileDbUrl", "jdbc:postgresql://127.0.0.1:5432/fakebook_profile");

    /** The seeded person number {@code n}'s id, as bench/profiles made it. */
    static UUID seeded(int n) {
        try {
            var digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(("fakebook-bench-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var hex = java.util.HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives each reader a profile and makes them friends (both ways, as the service stores it) with {@code friends}
     * seeded people, spread over the whole range; returns each reader's friends, in the readers' order.
     */
    List<List<UUID>> befriend(List<UUID> readers, int friends) {
        var result = new ArrayList<List<UUID>>();
        try (var db = connect()) {
            db.setAutoCommit(false);
            try (var profile = db.prepareStatement(
                            "insert into profiles (id, display_name, created_at, version) values (?, ?, now(), 0)"
                                    + " on conflict (id) do nothing");
                    var friendship = db.prepareStatement(
                            "insert into friendships (user_id, friend_id) values (?, ?), (?, ?) on conflict do nothing")) {
                for (var index = 0; index < readers.size(); index++) {
                    var reader = readers.get(index);
                    profile.setObject(1, reader);
                    profile.setString(2, "Bench Reader " + index);
                    profile.addBatch();
                    var mine = new ArrayList<UUID>();
                    for (var f = 0; f < friends; f++) {
                        var friend = seeded((int) ((index * 7919L + f * (SEEDED / friends + 13L)) % SEEDED));
                        mine.add(friend);
                        friendship.setObject(1, reader);
                        friendship.setObject(2, friend);
                        friendship.setObject(3, friend);
                        friendship.setObject(4, reader);
                        friendship.addBatch();
                    }
                    result.add(List.copyOf(mine));
                }
                profile.executeBatch();
                friendship.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** Removes the readers' profiles and friendships. */
    void forget(List<UUID> readers) {
        try (var db = connect();
                var friendships =
                        db.prepareStatement("delete from friendships where user_id = any (?) or friend_id = any (?)");
                var profiles = db.prepareStatement("delete from profiles where id = any (?)")) {
            var ids = db.createArrayOf("uuid", readers.toArray());
            friendships.setArray(1, ids);
            friendships.setArray(2, ids);
            friendships.executeUpdate();
            profiles.setArray(1, ids);
            profiles.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                url, "fakebook_profile", KeycloakAdmin.localSecret("FAKEBOOK_PROFILE_DB_PASSWORD"));
    }
}
