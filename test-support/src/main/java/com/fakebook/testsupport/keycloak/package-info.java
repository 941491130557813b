/** Real Keycloak users and real logins for tests: nothing here fakes a token. */
@NullMarked
package com.fakebook.testsupport.keycloak;

import org.jspecify.annotations.NullMarked;
