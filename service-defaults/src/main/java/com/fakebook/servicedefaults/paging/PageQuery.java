package com.fakebook.servicedefaults.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

/**
 * Which page of a list to show, from the query string (documented as its two query parameters; only this record is
 * flattened so: springdoc's global flattening also flattened the caller's {@code Jwt} when it ran before the token
 * was registered as ignored).
 *
 * @param cursor the {@code next} of the previous page; none for the first page
 * @param size how many items, 1 to 100; 20 by default
 */
@ParameterObject
public record PageQuery(
        @Nullable String cursor, @Min(1) @Max(100) @Nullable Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public int limit() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public @Nullable Cursor after() {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }
}
