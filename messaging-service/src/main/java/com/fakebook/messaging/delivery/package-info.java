/**
 * Live delivery between instances: a frame for some people is published on each person's Redis channel, and
 * every instance holding a socket of theirs passes it on. Used by the features after their transaction commits.
 */
@NullMarked
package com.fakebook.messaging.delivery;

import org.jspecify.annotations.NullMarked;
