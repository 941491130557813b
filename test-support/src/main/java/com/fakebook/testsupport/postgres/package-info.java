/** Fresh PostgreSQL databases for test runs. */
@NullMarked
package com.fakebook.testsupport.postgres;

import org.jspecify.annotations.NullMarked;
