/**
 * Who the people are and how they relate, as other services tell it: names and avatars (accounts and profiles),
 * friendships and blocks (friend-service), each a local read model fed by Kafka. Chat asks it, never the owners.
 */
@NullMarked
package com.fakebook.messaging.people;

import org.jspecify.annotations.NullMarked;
