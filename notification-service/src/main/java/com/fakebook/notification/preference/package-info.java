/** Which types of notification each person wants: all by default; a type switched off makes no new notifications. */
@NullMarked
package com.fakebook.notification.preference;

import org.jspecify.annotations.NullMarked;
