package com.fakebook.notification.feed;

import com.fakebook.notification.system.NotificationNotFound;
import com.fakebook.servicedefaults.paging.Cursor;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class FeedController {

    private final Feed feed;
    private final FeedQueries queries;

    FeedController(Feed feed, FeedQueries queries) {
        this.feed = feed;
        this.queries = queries;
    }

    /** The caller's notifications, newest activity first: {@code {items, next}}; {@code next} is null at the end. */
    @GetMapping
    Page<NotificationView> list(@AuthenticationPrincipal Jwt token, @Valid PageQuery page) {
        var fetched = queries.page(caller(token), page.after(), page.limit() + 1);
        return Page.of(fetched, page.limit(), item -> new Cursor(item.updatedAt(), item.id()));
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(@AuthenticationPrincipal Jwt token) {
        return new UnreadCount(queries.of(caller(token)));
    }

    /** One of the caller's notifications; another's, or none, is a 404. */
    @GetMapping("/{notificationId}")
    NotificationView one(@AuthenticationPrincipal Jwt token, @PathVariable UUID notificationId) {
        return queries.find(caller(token), notificationId).orElseThrow(NotificationNotFound::new);
    }

    @PostMapping("/{notificationId}/read")
    ResponseEntity<Void> markRead(@AuthenticationPrincipal Jwt token, @PathVariable UUID notificationId) {
        feed.markRead(caller(token), notificationId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(@AuthenticationPrincipal Jwt token) {
        feed.markAllRead(caller(token));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{notificationId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID notificationId) {
        feed.delete(caller(token), notificationId);
        return ResponseEntity.noContent().build();
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    record UnreadCount(long count) {}
}
