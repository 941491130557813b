/** Events of topic {@code fakebook.messaging.v1}, published by messaging-service and keyed by conversation id. */
@NullMarked
package com.fakebook.events.messaging;

import org.jspecify.annotations.NullMarked;
