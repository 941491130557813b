/** A client of the chat socket ({@code /ws/chat}) for tests, direct to a service or through the gateway. */
@NullMarked
package com.fakebook.testsupport.chat;

import org.jspecify.annotations.NullMarked;
