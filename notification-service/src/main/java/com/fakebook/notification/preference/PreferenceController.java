package com.fakebook.notification.preference;

import com.fakebook.notification.feed.NotificationType;
import com.fakebook.notification.system.InvalidField;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/notifications/preferences")
class PreferenceController {

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Every type with {@code true} (on) or {@code false} (off): {@code {"FRIEND_REQUEST_RECEIVED": true, ...}}. */
    @GetMapping
    Map<NotificationType, Boolean> get(@AuthenticationPrincipal Jwt token) {
        return preferences.of(caller(token));
    }

    /**
     * Switches the types named in the body on or off (the others stay as they are) and answers every type. A name
     * that is no type, or a value that is not a boolean, is a 400 naming it.
     */
    @PutMapping
    Map<NotificationType, Boolean> put(@AuthenticationPrincipal Jwt token, @RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidField("preferences", "An object of notification types and true or false is expected.");
        }
        var changes = new EnumMap<NotificationType, Boolean>(NotificationType.class);
        for (var entry : body.properties()) {
            var type = typeNamed(entry.getKey());
            if (!entry.getValue().isBoolean()) {
                throw new InvalidField(entry.getKey(), "This must be true or false.");
            }
            changes.put(type, entry.getValue().booleanValue());
        }
        return preferences.change(caller(token), changes);
    }

    private static NotificationType typeNamed(String name) {
        try {
            return NotificationType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(name, "There is no such notification type.");
        }
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
