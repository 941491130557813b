/**
 * Images: avatars and covers, checked by their content, bounded in bytes and pixels, re-encoded without their
 * metadata, resized to the sizes the client shows, stored under their content's hash and served for a year.
 */
@NullMarked
package com.fakebook.profile.images;

import org.jspecify.annotations.NullMarked;
