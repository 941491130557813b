package com.fakebook.profile.profiles;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/profiles")
class ProfileController {

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    /** The caller's own profile (404 until the sign-up event has arrived, and after deletion). */
    @GetMapping("/me")
    ProfileView me(@AuthenticationPrincipal Jwt token) {
        return profiles.findById(UUID.fromString(token.getSubject()))
                .map(ProfileView::of)
                .orElseThrow(ProfileNotFound::new);
    }
}
