/** What the features share inside messaging-service: the clock, problems of path ids. */
@NullMarked
package com.fakebook.messaging.system;

import org.jspecify.annotations.NullMarked;
