/**
 * Relationships: who is whose friend and who blocked whom, as friend-service tells it on
 * {@code fakebook.friendship.v1}, kept here so that every privacy decision is a local read.
 */
@NullMarked
package com.fakebook.profile.relationships;

import org.jspecify.annotations.NullMarked;
