package com.fakebook.servicedefaults.paging;

import com.fakebook.servicedefaults.ServiceProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Where a page of a newest-first list ends: the time and id of its last item. Opaque to clients (base64url); the
 * next page starts strictly after it, so items added meanwhile neither repeat nor shift the pages.
 */
public record Cursor(Instant at, UUID id) {

    public Cursor {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public String encode() {
        var micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((micros + "_" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this service gave out; anything else is a 400 naming the {@code cursor} parameter. */
    public static Cursor decode(String text) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("_", 2);
            var micros = Long.parseLong(parts[0]);
            return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new ForeignCursor();
        }
    }

    /** A cursor this service did not give out. */
    static final class ForeignCursor extends ServiceProblem {

        ForeignCursor() {
            super(HttpStatus.BAD_REQUEST, "invalid-input", "This is not a cursor this list gave out.", "cursor");
        }
    }
}
