package com.fakebook.profile.images;

import java.util.List;

/**
 * The images a profile has, and the sizes each is kept in: an avatar is cropped square and kept at 40 (lists),
 * 160 (cards) and 512 (the profile) pixels; a cover is cropped to the page's banner shape, 1640 by 624.
 */
public enum ImageKind {
    AVATAR("avatars", List.of(40, 160, 512), 1.0),
    COVER("covers", List.of(1640), 1640.0 / 624.0);

    private final String folder;
    private final List<Integer> widths;
    private final double aspect;

    ImageKind(String folder, List<Integer> widths, double aspect) {
        this.folder = folder;
        this.widths = widths;
        this.aspect = aspect;
    }

    public List<Integer> widths() {
        return widths;
    }

    /** Width over height of every size of this kind. */
    double aspect() {
        return aspect;
    }

    /** Where all of one person's images of this kind are kept. */
    public String folderOf(java.util.UUID owner) {
        return folder + "/" + owner + "/";
    }

    /** The key of one size of one image. */
    public String keyOf(java.util.UUID owner, String hash, int width) {
        return folderOf(owner) + hash + "-" + width + ".jpg";
    }
}
