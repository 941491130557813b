package com.fakebook.friend.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a person is shown in every list of friend-service. */
public record PersonView(
        UUID id, String displayName, @Nullable String avatarUrl) {

    /**
     * Reads a {@code people} row by its column names (not JdbcClient's mapping by the record's components, which
     * costs an exception from the driver for each camel-case component of each row).
     */
    public static PersonView read(ResultSet rs, int rowNumber) throws SQLException {
        return new PersonView(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("avatar_url"));
    }
}
