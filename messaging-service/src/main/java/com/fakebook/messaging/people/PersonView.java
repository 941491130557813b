package com.fakebook.messaging.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a person is shown in chat: their current name and avatar. */
public record PersonView(
        UUID id, String displayName, @Nullable String avatarUrl) {

    /** Someone the read model does not know (yet, or any more). */
    public static PersonView unknown(UUID id) {
        return new PersonView(id, "Fakebook user", null);
    }

    /**
     * Reads a {@code people} row by its column names (not JdbcClient's mapping by the record's components, which
     * costs an exception from the driver for each camel-case component of each row).
     */
    static PersonView read(ResultSet rs, int rowNumber) throws SQLException {
        return new PersonView(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("avatar_url"));
    }
}
