/**
 * Which types of notification each person wants: each type on or off until the person chooses (a friend's new avatar
 * is off); a type switched off makes no new notifications.
 */
@NullMarked
package com.fakebook.notification.preference;

import org.jspecify.annotations.NullMarked;
