package com.fakebook.messaging.live;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who of my friends is online, and whether I show it myself. The acting user is the token's subject. */
@RestController
@RequestMapping("/api/conversations")
@Validated
class PresenceController {

    private final Presence presence;

    PresenceController(Presence presence) {
        this.presence = presence;
    }

    record ChatSettings(@NotNull Boolean showPresence) {}

    /** The presence of those of the people who are my friends and show theirs (people I may not see are left out). */
    @GetMapping("/presence")
    List<Presence.Status> presence(
            @AuthenticationPrincipal Jwt me, @RequestParam @Size(min = 1, max = 200) List<UUID> userIds) {
        return presence.of(id(me), userIds);
    }

    @GetMapping("/settings")
    ChatSettings settings(@AuthenticationPrincipal Jwt me) {
        return new ChatSettings(presence.shows(id(me)));
    }

    @PutMapping("/settings")
    ChatSettings change(@AuthenticationPrincipal Jwt me, @Valid @RequestBody ChatSettings settings) {
        presence.show(id(me), settings.showPresence());
        return settings;
    }

    private static UUID id(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
