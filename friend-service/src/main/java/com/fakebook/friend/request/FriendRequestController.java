package com.fakebook.friend.request;

import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/friends")
class FriendRequestController {

    private final FriendRequestManagement requests;

    FriendRequestController(FriendRequestManagement requests) {
        this.requests = requests;
    }

    /**
     * Sends a request: 201 with its {@code Location} when one now waits; 200 when it had been sent already (the
     * same request), or when the recipient had asked first and the two are now friends.
     */
    @PostMapping("/requests")
    ResponseEntity<SendOutcome> send(@AuthenticationPrincipal Jwt token, @Valid @RequestBody SendFriendRequest body) {
        var sent = requests.send(caller(token), Objects.requireNonNull(body.recipientId()));
        var request = sent.outcome().request();
        if (sent.isNew() && request != null) {
            return ResponseEntity.created(URI.create("/api/friends/requests/" + request.id()))
                    .body(sent.outcome());
        }
        return ResponseEntity.ok(sent.outcome());
    }

    /** Requests to the caller waiting for an answer, newest first. */
    @GetMapping("/requests/incoming")
    Page<FriendRequestView> incoming(@AuthenticationPrincipal Jwt token, @Valid PageQuery page) {
        return requests.incoming(caller(token), page);
    }

    /** Requests the caller sent that are not accepted or cancelled, newest first. */
    @GetMapping("/requests/outgoing")
    Page<FriendRequestView> outgoing(@AuthenticationPrincipal Jwt token, @Valid PageQuery page) {
        return requests.outgoing(caller(token), page);
    }

    @PostMapping("/requests/{requestId}/accept")
    ResponseEntity<Void> accept(@AuthenticationPrincipal Jwt token, @PathVariable UUID requestId) {
        requests.accept(caller(token), requestId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/requests/{requestId}/decline")
    ResponseEntity<Void> decline(@AuthenticationPrincipal Jwt token, @PathVariable UUID requestId) {
        requests.decline(caller(token), requestId);
        return ResponseEntity.noContent().build();
    }

    /** Cancels a request the caller sent. */
    @DeleteMapping("/requests/{requestId}")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal Jwt token, @PathVariable UUID requestId) {
        requests.cancel(caller(token), requestId);
        return ResponseEntity.noContent().build();
    }

    /** Where the caller stands with someone: NONE, REQUEST_SENT, REQUEST_RECEIVED, FRIENDS or BLOCKED. */
    @GetMapping("/people/{userId}/status")
    RelationshipStatus status(@AuthenticationPrincipal Jwt token, @PathVariable UUID userId) {
        return requests.status(caller(token), userId);
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
