package com.fakebook.profile.images;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A person's avatar and cover: processed, stored under their hash, and removed when replaced or erased. */
@Service
public class ProfileImages {

    private static final Logger log = LoggerFactory.getLogger(ProfileImages.class);

    private final ImageProcessor processor;
    private final ImageStore store;

    ProfileImages(ImageProcessor processor, ImageStore store) {
        this.processor = processor;
        this.store = store;
    }

    /**
     * Processes and stores the upload in every size of its kind; returns its hash, which names it from now on. If a
     * size cannot be stored, none is left behind.
     */
    public String store(UUID owner, ImageKind kind, byte[] upload) {
        var image = processor.process(upload, kind);
        try {
            image.sizes().forEach((width, jpeg) -> store.put(kind.keyOf(owner, image.hash(), width), jpeg));
        } catch (RuntimeException e) {
            removeQuietly(owner, kind, image.hash());
            throw e;
        }
        return image.hash();
    }

    /**
     * Removes every size of one image; an image still in use by a newer profile version is never named here. A
     * failure is logged, not thrown: what is left is an orphan no page links to.
     */
    public void removeQuietly(UUID owner, ImageKind kind, String hash) {
        try {
            kind.widths().forEach(width -> store.delete(kind.keyOf(owner, hash, width)));
        } catch (RuntimeException e) {
            log.warn("Could not remove {} {} of {}; its files are left: {}", kind, hash, owner, e.toString());
        }
    }

    /** Removes all of a person's images (their account was deleted). */
    public void removeAll(UUID owner) {
        for (var kind : ImageKind.values()) {
            store.deleteAll(kind.folderOf(owner));
        }
    }

    /** The address the image is served at (through the gateway), which never changes for the same content. */
    public static String urlOf(UUID owner, ImageKind kind, String hash, int width) {
        return "/api/profiles/images/" + kind.keyOf(owner, hash, width);
    }
}
