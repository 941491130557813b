package com.fakebook.profile.search;

import com.fakebook.profile.profiles.InvalidFields;
import com.fakebook.profile.profiles.InvalidFields.InvalidField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of results ended, as the ordering sees it: nearness (0 friend, 1 friend of a friend, 2 anyone), how
 * far the name is from the query (pg_trgm's word-similarity distance, 0 the closest), and the id. Opaque to clients
 * (base64url).
 */
record SearchCursor(int tier, float distance, UUID id) {

    String encoded() {
        var plain = tier + "|" + Float.toString(distance) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new SearchCursor(Integer.parseInt(parts[0]), Float.parseFloat(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new InvalidFields(List.of(new InvalidField("cursor", "is not a cursor this search gave")));
        }
    }
}
