package com.fakebook.testsupport.mail;

import com.fakebook.testsupport.keycloak.BrowserSession;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One address's inbox at the local GreenMail (its REST API on 127.0.0.1:8025). */
public final class Mailbox {

    private static final URI API = URI.create("http://127.0.0.1:8025/api/");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    /** The mails delivered so far, oldest first. */
    public List<Mail> mails() {
        var response = new BrowserSession()
                .get(API.resolve("user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/"));
        if (response.statusCode() == 404) {
            return List.of();
        }
        var mails = new ArrayList<Mail>();
        for (JsonNode message : JSON.readTree(response.body())) {
            mails.add(new Mail(
                    message.path("subject").asString(),
                    Mail.plainText(message.path("mimeMessage").asString())));
        }
        return mails;
    }

    /** Waits for a mail whose subject contains {@code subject}. */
    public Mail await(String subject, Duration timeout) {
        return awaitMail(mail -> mail.subject().contains(subject), timeout);
    }

    public Mail awaitMail(Predicate<Mail> matching, Duration timeout) {
        return Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> mails().stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** A mail as the person reads it: subject and plain text. */
    public record Mail(String subject, String text) {

        /** The plain-text part of a raw MIME message, decoded (quoted-printable and all). */
        static String plainText(String raw) {
            try {
                return plainText(new MimeMessage(
                        Session.getInstance(new Properties()),
                        new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first link in the text. */
        public URI link() {
            var matcher = LINK.matcher(text);
            if (!matcher.find()) {
                throw new IllegalStateException("no link in mail '" + subject + "'");
            }
            return URI.create(matcher.group());
        }

        private static String plainText(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (var index = 0; index < multipart.getCount(); index++) {
                    var text = plainText(multipart.getBodyPart(index));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        }
    }
}
