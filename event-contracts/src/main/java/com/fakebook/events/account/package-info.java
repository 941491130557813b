/** Events of topic {@code fakebook.account.v1}, published by auth-service and keyed by account id. */
@NullMarked
package com.fakebook.events.account;

import org.jspecify.annotations.NullMarked;
