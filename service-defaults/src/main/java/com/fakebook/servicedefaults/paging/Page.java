package com.fakebook.servicedefaults.paging;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A page of a newest-first list.
 *
 * @param items the items of this page
 * @param next the cursor of the next page, or null when this is the last
 */
public record Page<T>(List<T> items, @Nullable String next) {

    /**
     * The page from rows fetched with one more than asked for: if that extra row came, there is a next page, which
     * starts after the last item shown.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> position) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        var items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, position.apply(items.getLast()).encode());
    }
}
