/** messaging-service: conversations, messages and read state, and the live chat socket. */
@NullMarked
package com.fakebook.messaging;

import org.jspecify.annotations.NullMarked;
