/** Wiring: security (JWT resource server) and the one place errors become problem details. */
@NullMarked
package com.fakebook.notification.system;

import org.jspecify.annotations.NullMarked;
