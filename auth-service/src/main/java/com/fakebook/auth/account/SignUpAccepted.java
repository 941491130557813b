package com.fakebook.auth.account;

/**
 * The one answer to a sign-up or a resend, whether or not the address is already taken: it never tells a stranger
 * which addresses have accounts.
 */
record SignUpAccepted(String next) {

    static final SignUpAccepted CHECK_YOUR_MAIL = new SignUpAccepted("CHECK_YOUR_MAIL");
}
