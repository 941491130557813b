package com.fakebook.profile.search;

import com.fakebook.profile.profiles.InvalidFields;
import com.fakebook.profile.profiles.InvalidFields.InvalidField;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/profiles/search?q=&cursor=&limit=}: people by name, as the caller may find them. */
@RestController
class PeopleSearchController {

    static final int MAX_QUERY = 100;
    static final int MAX_LIMIT = 50;

    private final PeopleSearch search;

    PeopleSearchController(PeopleSearch search) {
        this.search = search;
    }

    @GetMapping("/api/profiles/search")
    PeopleFound search(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var query = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            throw new InvalidFields(List.of(new InvalidField("q", "must be 1 to " + MAX_QUERY + " characters")));
        }
        var pageSize = limit == null ? 20 : limit;
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            throw new InvalidFields(List.of(new InvalidField("limit", "must be 1 to " + MAX_LIMIT)));
        }
        return search.find(
                UUID.fromString(token.getSubject()),
                query,
                cursor == null ? null : SearchCursor.decode(cursor),
                pageSize);
    }
}
