package com.fakebook.friend.system;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A condition of friend-service's own, answered as a problem with a stable type
 * ({@code urn:problem-type:fakebook:<type>}, listed in docs/problems.md). Features subclass it with a name that says
 * the condition ({@code AlreadyFriends}).
 */
public abstract class FriendProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final @Nullable String field;

    protected FriendProblem(HttpStatus status, String type, String detail) {
        this(status, type, detail, null);
    }

    /** A problem about one input field, named in the problem's {@code errors}. */
    protected FriendProblem(HttpStatus status, String type, String detail, @Nullable String field) {
        super(detail);
        this.status = status;
        this.type = type;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    @Nullable
    String field() {
        return field;
    }
}
