package com.fakebook.profile.images;

import java.util.Map;

/** An image ready to store: the hash of its content (which names it) and its JPEG bytes per width. */
record ProcessedImage(String hash, Map<Integer, byte[]> sizes) {}
