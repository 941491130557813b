package com.fakebook.profile.images;

import java.util.Optional;

/**
 * Where processed images are kept, by key ({@code avatars/<user>/<hash>-512.jpg}). The key names the content, so
 * what is stored under it never changes and may be cached for good. {@code fakebook.images.store} chooses the
 * implementation: {@code filesystem} (deploy/local) or {@code s3} (production).
 */
public interface ImageStore {

    void put(String key, byte[] jpeg);

    Optional<byte[]> get(String key);

    /** Deletes one image; one already gone is fine. */
    void delete(String key);

    /** Deletes every image whose key starts with {@code prefix}; none is fine. */
    void deleteAll(String prefix);
}
