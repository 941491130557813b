/** The domain events an application under test committed, seen from inside it. */
@NullMarked
package com.fakebook.testsupport.events;

import org.jspecify.annotations.NullMarked;
