/** What the features of notification-service share: the clock, scheduling, problem types and connection buffers. */
@NullMarked
package com.fakebook.notification.system;

import org.jspecify.annotations.NullMarked;
