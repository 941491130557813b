/** How the gateway answers errors it produces itself: RFC 9457 problem details. */
@NullMarked
package com.fakebook.gateway.system;

import org.jspecify.annotations.NullMarked;
