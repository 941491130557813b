/**
 * What every feature of friend-service shares: the clock, the lock on a pair of people, paging cursors, the rate
 * limiter and the problem types of the API.
 */
@NullMarked
package com.fakebook.friend.system;

import org.jspecify.annotations.NullMarked;
