/**
 * The people notifications name, who is friends with whom and the blocks between them, as a read model of the account,
 * profile and friendship topics: the feed shows names and avatars from here and never asks another service.
 */
@NullMarked
package com.fakebook.notification.people;

import org.jspecify.annotations.NullMarked;
