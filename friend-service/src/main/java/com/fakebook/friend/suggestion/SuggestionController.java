package com.fakebook.friend.suggestion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/friends/suggestions")
class SuggestionController {

    private final SuggestionManagement suggestions;

    SuggestionController(SuggestionManagement suggestions) {
        this.suggestions = suggestions;
    }

    /** People the caller may know, most mutual friends first; {@code size} 1 to 50, 10 by default. */
    @GetMapping
    List<SuggestionView> suggestions(
            @AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
        return suggestions.suggestions(caller(token), size);
    }

    /** Dismisses a suggestion: that person is not suggested again. */
    @DeleteMapping("/{userId}")
    ResponseEntity<Void> dismiss(@AuthenticationPrincipal Jwt token, @PathVariable UUID userId) {
        suggestions.dismiss(caller(token), userId);
        return ResponseEntity.noContent().build();
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
