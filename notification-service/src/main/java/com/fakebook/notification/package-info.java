/** notification-service: each user's notifications, fed by the other services' events. */
@NullMarked
package com.fakebook.notification;

import org.jspecify.annotations.NullMarked;
