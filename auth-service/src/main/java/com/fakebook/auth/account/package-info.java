/** The caller's account, as the access token tells it. */
@NullMarked
package com.fakebook.auth.account;

import org.jspecify.annotations.NullMarked;
