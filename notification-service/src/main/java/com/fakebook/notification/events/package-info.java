/**
 * From the other services' events to notifications: which event tells whom what, each event applied once (its id
 * in {@code processed_events}, in the transaction of its effect).
 */
@NullMarked
package com.fakebook.notification.events;

import org.jspecify.annotations.NullMarked;
