/** The development mail server (GreenMail) from a test's side: the mails a person would find in their inbox. */
@NullMarked
package com.fakebook.testsupport.mail;

import org.jspecify.annotations.NullMarked;
