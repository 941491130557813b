package com.fakebook.profile.images;

import java.util.regex.Pattern;

/**
 * The keys a store accepts: a folder per kind and person ({@code avatars/<user>/}) or one size of one image in it.
 * Keys are made here, never taken from a request as they are; still, no store takes anything else.
 */
final class ImageKeys {

    private static final Pattern KEY = Pattern.compile("^[a-z]+/[0-9a-f-]{36}(/[0-9a-f]{16}-[0-9]{1,4}\\.jpg)?/?$");

    private ImageKeys() {}

    static String requireValid(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an image key");
        }
        return key;
    }
}
