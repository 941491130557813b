/** Network faults on demand, for tests of what happens when a server goes away and comes back. */
@NullMarked
package com.fakebook.testsupport.net;

import org.jspecify.annotations.NullMarked;
