package com.fakebook.profile.images;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** A person's avatar and cover: processed, stored under their hash, and removed when replaced or erased. */
@Service
public class ProfileImages {

    private final ImageProcessor processor;
    private final ImageStore store;

    ProfileImages(ImageProcessor processor, ImageStore store) {
        this.processor = processor;
        this.store = store;
    }

    /** Processes and stores the upload in every size of its kind; returns its hash, which names it from now on. */
    public String store(UUID owner, ImageKind kind, byte[] upload) {
        var image = processor.process(upload, kind);
        image.sizes().forEach((width, jpeg) -> store.put(kind.keyOf(owner, image.hash(), width), jpeg));
        return image.hash();
    }

    /** Removes every size of one image; an image still in use by a newer profile version is never named here. */
    public void remove(UUID owner, ImageKind kind, String hash) {
        kind.widths().forEach(width -> store.delete(kind.keyOf(owner, hash, width)));
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
