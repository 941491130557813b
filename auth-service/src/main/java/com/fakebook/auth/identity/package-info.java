/** Keycloak, as auth-service uses it: users created, verified, mailed and deleted through the admin API. */
@NullMarked
package com.fakebook.auth.identity;

import org.jspecify.annotations.NullMarked;
