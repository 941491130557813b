package com.fakebook.auth.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many sign-ups and verification mails a client address and an email may ask for per window.
 *
 * @param window the counting window
 * @param perAddress attempts per client IP address and window
 * @param perEmail attempts per email address and window
 */
@ConfigurationProperties("fakebook.registration.limits")
record RegistrationLimits(Duration window, int perAddress, int perEmail) {}
