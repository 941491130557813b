package com.fakebook.profile.images;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored images to logged-in people. Their addresses name their content, so they may be cached for a year
 * and never revalidated; a new avatar has a new address.
 */
@RestController
class ImageController {

    /** Private: only logged-in people may see images, so no shared cache may keep them. */
    static final CacheControl CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final ImageStore store;

    ImageController(ImageStore store) {
        this.store = store;
    }

    @GetMapping("/api/profiles/images/{folder}/{owner}/{file}")
    ResponseEntity<byte[]> image(@PathVariable String folder, @PathVariable String owner, @PathVariable String file) {
        var key = folder + "/" + owner + "/" + file;
        if (!key.matches("^(avatars|covers)/[0-9a-f-]{36}/[0-9a-f]{16}-[0-9]{1,4}\\.jpg$")) {
            return ResponseEntity.notFound().build();
        }
        return store.get(key)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CACHE_CONTROL)
                        .header("X-Content-Type-Options", "nosniff")
                        .body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
