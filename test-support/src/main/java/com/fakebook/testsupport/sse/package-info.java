/** Server-Sent Events from a test's side: open a stream, read its events and comments as they come. */
@NullMarked
package com.fakebook.testsupport.sse;

import org.jspecify.annotations.NullMarked;
