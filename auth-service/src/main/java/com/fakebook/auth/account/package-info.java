/**
 * Accounts: sign-up (Keycloak user + account + {@code AccountRegistered}, or nothing), verification, the caller's
 * own account, and deletion ({@code AccountDeleted}, then the Keycloak user).
 */
@NullMarked
package com.fakebook.auth.account;

import org.jspecify.annotations.NullMarked;
