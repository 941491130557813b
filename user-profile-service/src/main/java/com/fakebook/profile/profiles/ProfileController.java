package com.fakebook.profile.profiles;

import com.fakebook.profile.images.ImageKind;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Profiles; the caller is the token's subject, and sees of others only what their audiences allow. */
@RestController
@RequestMapping("/api/profiles")
class ProfileController {

    private final ProfileManagement profiles;

    ProfileController(ProfileManagement profiles) {
        this.profiles = profiles;
    }

    /** The caller's own profile, whole, with its version as {@code ETag} (404 until the sign-up event arrived). */
    @GetMapping("/me")
    ResponseEntity<ProfileView> me(@AuthenticationPrincipal Jwt token) {
        return versioned(profiles.own(subject(token)));
    }

    /** A merge patch (RFC 7396) of the caller's profile, made on the version named in {@code If-Match}. */
    @PatchMapping(
            path = "/me",
            consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<ProfileView> edit(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EditableProfile.class)))
                    @RequestBody
                    JsonNode patch) {
        return versioned(profiles.edit(subject(token), versionIn(ifMatch), patch));
    }

    /** A new avatar (multipart field {@code file}): JPEG, PNG or GIF, at most 10 MiB and 40 megapixels. */
    @PutMapping(path = "/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProfileView> avatar(@AuthenticationPrincipal Jwt token, @RequestPart("file") MultipartFile file)
            throws IOException {
        return versioned(profiles.changeImage(subject(token), ImageKind.AVATAR, file.getBytes()));
    }

    /** A new cover image, as the avatar. */
    @PutMapping(path = "/me/cover", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProfileView> cover(@AuthenticationPrincipal Jwt token, @RequestPart("file") MultipartFile file)
            throws IOException {
        return versioned(profiles.changeImage(subject(token), ImageKind.COVER, file.getBytes()));
    }

    @GetMapping("/me/privacy")
    PrivacySettings privacy(@AuthenticationPrincipal Jwt token) {
        return profiles.privacy(subject(token));
    }

    @PutMapping("/me/privacy")
    PrivacySettings changePrivacy(
            @AuthenticationPrincipal Jwt token,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PrivacySettings.class)))
                    @RequestBody
                    JsonNode settings) {
        return profiles.changePrivacy(subject(token), settings);
    }

    /** The caller's profile as {@code viewer} sees it, or as a stranger does when no viewer is named. */
    @GetMapping("/me/view-as")
    ProfileView viewAs(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) @Nullable String viewer) {
        return profiles.viewAs(subject(token), viewer == null ? null : idOrNotFound(viewer));
    }

    /** Someone's profile as the caller may see it; an id that is malformed, unknown or blocked is not found. */
    @GetMapping("/{userId}")
    ProfileView profile(@AuthenticationPrincipal Jwt token, @PathVariable String userId) {
        return profiles.view(subject(token), idOrNotFound(userId));
    }

    private static ResponseEntity<ProfileView> versioned(ProfileManagement.VersionedProfile versioned) {
        return ResponseEntity.ok().eTag("\"" + versioned.version() + "\"").body(versioned.profile());
    }

    /** The version an {@code If-Match} names: {@code "3"} (or {@code W/"3"}); absent or malformed is refused. */
    static long versionIn(@Nullable String ifMatch) {
        return Optional.ofNullable(ifMatch)
                .map(value -> value.strip().replaceFirst("^W/", ""))
                .filter(value -> value.matches("^\"\\d{1,18}\"$"))
                .map(value -> Long.parseLong(value.substring(1, value.length() - 1)))
                .orElseThrow(ProfileVersionMismatch::missing);
    }

    static UUID idOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProfileNotFound();
        }
    }

    private static UUID subject(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
