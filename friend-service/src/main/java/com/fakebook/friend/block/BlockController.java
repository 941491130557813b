package com.fakebook.friend.block;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/friends/blocks")
class BlockController {

    private final BlockManagement blocks;

    BlockController(BlockManagement blocks) {
        this.blocks = blocks;
    }

    /** The people the caller blocked, most recent first. */
    @GetMapping
    Page<BlockView> blocked(@AuthenticationPrincipal Jwt token, @Valid PageQuery page) {
        return blocks.blocked(caller(token), page);
    }

    @PutMapping("/{userId}")
    ResponseEntity<Void> block(@AuthenticationPrincipal Jwt token, @PathVariable UUID userId) {
        blocks.block(caller(token), userId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{userId}")
    ResponseEntity<Void> unblock(@AuthenticationPrincipal Jwt token, @PathVariable UUID userId) {
        blocks.unblock(caller(token), userId);
        return ResponseEntity.noContent().build();
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
