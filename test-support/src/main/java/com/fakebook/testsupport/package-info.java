/** What integration and end-to-end tests need to run against the real local servers that deploy/local starts. */
@NullMarked
package com.fakebook.testsupport;

import org.jspecify.annotations.NullMarked;
