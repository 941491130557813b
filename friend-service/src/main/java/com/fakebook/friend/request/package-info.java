/**
 * Friend requests: sending, cancelling, accepting and declining them, the incoming and outgoing lists, and the
 * status between the caller and anyone.
 */
@NullMarked
package com.fakebook.friend.request;

import org.jspecify.annotations.NullMarked;
