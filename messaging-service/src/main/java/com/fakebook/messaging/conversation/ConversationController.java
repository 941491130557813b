package com.fakebook.messaging.conversation;

import com.fakebook.messaging.system.ConversationNotFound;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RestController;

/** A person's conversations. The acting user is the token's subject. */
@RestController
@RequestMapping("/api/conversations")
class ConversationController {

    private final ConversationManagement management;
    private final ConversationQueries queries;

    ConversationController(ConversationManagement management, ConversationQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    record OpenDirect(@NotNull UUID userId) {}

    record CreateGroup(
            @NotNull @Size(max = 200) String name,
            @NotNull @Size(max = 200) List<@NotNull UUID> memberIds) {}

    record Rename(@NotNull String name) {}

    record AddMember(@NotNull UUID userId) {}

    record Read(@NotNull @PositiveOrZero Long upToSequence) {}

    /** My conversations, the most recently active first. */
    @GetMapping
    Page<ConversationView> list(@AuthenticationPrincipal Jwt me, @Valid PageQuery page) {
        return queries.list(id(me), page);
    }

    /** Opens the direct conversation with a friend: 201 when made now, 200 when it existed. */
    @PostMapping("/direct")
    ResponseEntity<ConversationView> openDirect(@AuthenticationPrincipal Jwt me, @Valid @RequestBody OpenDirect open) {
        var opened = management.openDirect(id(me), open.userId());
        if (opened.created()) {
            return ResponseEntity.created(location(opened.conversation())).body(opened.conversation());
        }
        return ResponseEntity.ok(opened.conversation());
    }

    @PostMapping("/groups")
    ResponseEntity<ConversationView> createGroup(
            @AuthenticationPrincipal Jwt me, @Valid @RequestBody CreateGroup group) {
        var made = management.createGroup(id(me), group.name(), group.memberIds());
        return ResponseEntity.created(location(made)).body(made);
    }

    @GetMapping("/{conversationId}")
    ConversationView get(@AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId) {
        return queries.find(id(me), conversationId).orElseThrow(ConversationNotFound::new);
    }

    @PatchMapping("/{conversationId}")
    ConversationView rename(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @Valid @RequestBody Rename rename) {
        return management.rename(id(me), conversationId, rename.name());
    }

    @PostMapping("/{conversationId}/members")
    ConversationView addMember(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @Valid @RequestBody AddMember add) {
        return management.addMember(id(me), conversationId, add.userId());
    }

    /** Removes a member of a group: oneself (leaving) or, for its creator, anyone. */
    @DeleteMapping("/{conversationId}/members/{userId}")
    ResponseEntity<Void> removeMember(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @PathVariable UUID userId) {
        management.removeMember(id(me), conversationId, userId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{conversationId}/mute")
    ConversationView mute(@AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId) {
        return management.mute(id(me), conversationId, true);
    }

    @DeleteMapping("/{conversationId}/mute")
    ConversationView unmute(@AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId) {
        return management.mute(id(me), conversationId, false);
    }

    /** I have read the conversation up to this message. */
    @PostMapping("/{conversationId}/read")
    ResponseEntity<Void> read(
            @AuthenticationPrincipal Jwt me, @PathVariable UUID conversationId, @Valid @RequestBody Read read) {
        management.markRead(id(me), conversationId, read.upToSequence());
        return ResponseEntity.noContent().build();
    }

    private static URI location(ConversationView conversation) {
        return URI.create("/api/conversations/" + conversation.id());
    }

    private static UUID id(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
