/** What every feature reads off a request that came through the gateway. */
@NullMarked
package com.fakebook.auth.web;

import org.jspecify.annotations.NullMarked;
