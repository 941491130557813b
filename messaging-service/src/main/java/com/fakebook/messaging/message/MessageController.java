package com.fakebook.messaging.message;

import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages of a conversation over HTTP: history and catch-up, and the same send the socket offers (for clients
 * without a socket, and for tests). The acting user is the token's subject.
 */
@RestController
@RequestMapping("/api/conversations")
class MessageController {

    private final Messaging messaging;

    MessageController(Messaging messaging) {
        this.messaging = messaging;
    }

    record Send(
            @NotNull String clientMessageId,
            @NotNull @Size(max = 20_000) String text,
            @Nullable Long replyTo) {}

    record Edit(@NotNull @Size(max = 20_000) String text) {}

    record React(@NotNull @Size(max = 64) String emoji) {}

    /**
     * A page of history.
     *
     * @param before newest first, before this number (none: from the newest)
     * @param after oldest first, after this number: what a client missed
     * @param limit 1 to 100, 50 by default
     */
    record History(List<MessageView> items, boolean hasMore) {}

    @GetMapping("/{conversationId}/messages")
    History history(
            @AuthenticationPrincipal Jwt me,
            @PathVariable UUID conversationId,
            @RequestParam(required = false) @Min(1) @Nullable Long before,
            @RequestParam(required = false) @Min(0) @Nullable Long after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
        var page = messaging.history(id(me), conversationId, before, after, limit + 1);
        return page.size() > limit ? new History(page.subList(0, limit), true) : new History(page, false);
    }

    @PostMapping("/{conversationId}/messages")
    ResponseEntity<Ack> send(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @Valid @RequestBody Send send) {
        var ack = messaging.send(id(me), conversationId, send.clientMessageId(), send.text(), send.replyTo());
        var location = URI.create("/api/conversations/" + conversationId + "/messages/" + ack.sequence());
        return ack.duplicate()
                ? ResponseEntity.ok().location(location).body(ack)
                : ResponseEntity.status(HttpStatus.CREATED).location(location).body(ack);
    }

    @PatchMapping("/{conversationId}/messages/{sequence}")
    MessageView edit(
            @AuthenticationPrincipal Jwt me,
            @PathVariable UUID conversationId,
            @PathVariable long sequence,
            @Valid @RequestBody Edit edit) {
        return messaging.edit(id(me), conversationId, sequence, edit.text());
    }

    /** Unsends the message for everyone (its sender only). */
    @DeleteMapping("/{conversationId}/messages/{sequence}")
    MessageView unsend(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @PathVariable long sequence) {
        return messaging.unsend(id(me), conversationId, sequence);
    }

    /** Deletes the message for me only. */
    @PutMapping("/{conversationId}/messages/{sequence}/hidden")
    ResponseEntity<Void> hide(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @PathVariable long sequence) {
        messaging.hide(id(me), conversationId, sequence);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{conversationId}/messages/{sequence}/reaction")
    MessageView react(
            @AuthenticationPrincipal Jwt me,
            @PathVariable UUID conversationId,
            @PathVariable long sequence,
            @Valid @RequestBody React react) {
        return messaging.react(id(me), conversationId, sequence, react.emoji());
    }

    @DeleteMapping("/{conversationId}/messages/{sequence}/reaction")
    MessageView unreact(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @PathVariable long sequence) {
        return messaging.react(id(me), conversationId, sequence, null);
    }

    /** My messages whose text has all the words (or words starting so), newest first, a page at a time. */
    @GetMapping("/messages/search")
    Page<MessageView> search(
            @AuthenticationPrincipal Jwt me, @RequestParam @Size(min = 1, max = 200) String q, @Valid PageQuery page) {
        return messaging.search(id(me), q, page);
    }

    private static UUID id(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
