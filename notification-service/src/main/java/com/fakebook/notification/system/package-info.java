/** What the features of notification-service share: the clock, scheduling and problem types. */
@NullMarked
package com.fakebook.notification.system;

import org.jspecify.annotations.NullMarked;
