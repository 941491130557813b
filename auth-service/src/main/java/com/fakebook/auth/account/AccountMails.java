package com.fakebook.auth.account;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The mails auth-service sends itself (Keycloak sends verification and password-reset mails). */
@Component
class AccountMails {

    private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

    private final JavaMailSender mail;
    private final String from;
    private final URI publicUrl;

    AccountMails(
            JavaMailSender mail,
            @Value("${fakebook.mail.from}") String from,
            @Value("${fakebook.public-url}") URI publicUrl) {
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** Tells the owner of an address that someone tried to sign up with it, instead of telling the stranger. */
    void someoneTriedToSignUp(String email) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject("Someone tried to sign up to Fakebook with your address");
        message.setText("""
                Hello,

                Someone just tried to create a Fakebook account with this email address, which already has one.

                If it was you, log in at %s (use "Forgot password?" if you need to).
                If it was not you, you can ignore this mail: nothing changed on your account.
                """.formatted(publicUrl));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Could not send the 'someone tried to sign up' mail: {}", e.getMessage());
        }
    }
}
