/**
 * The people friend-service knows, as a read model of other services' events: who exists (accounts), how each is
 * shown (display name, avatar) and who may see their friends list (privacy).
 */
@NullMarked
package com.fakebook.friend.people;

import org.jspecify.annotations.NullMarked;
