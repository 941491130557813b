package com.fakebook.notification.stream;

import static com.fakebook.testsupport.sse.EventStream.named;
import static org.awaitility.Awaitility.await;

import com.fakebook.notification.Logins;
import com.fakebook.notification.NotificationServiceIntegrationTest;
import com.fakebook.testsupport.keycloak.TestUser;
import com.fakebook.testsupport.sse.EventStream;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboards' count of open streams follows streams opening and closing. A stream the browser drops is noticed
 * at its next heartbeat (a second apart in tests), when writing to it fails.
 */
class OpenStreamsMeterIntegrationTests extends NotificationServiceIntegrationTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MeterRegistry meters;

    @Test
    void countsTheStreamsThisInstanceHolds() {
        await().atMost(PATIENCE).until(() -> openStreams() == 0);

        try (var anasStream = open(ana)) {
            try (var brunosStream = open(bruno)) {
                anasStream.await(named("unread-count"), PATIENCE);
                brunosStream.await(named("unread-count"), PATIENCE);
                await().atMost(PATIENCE).until(() -> openStreams() == 2);
            }
            await().atMost(PATIENCE).until(() -> openStreams() == 1);
        }
        await().atMost(PATIENCE).until(() -> openStreams() == 0);
    }

    private double openStreams() {
        return meters.get("fakebook.notification.streams.open").gauge().value();
    }

    private EventStream open(TestUser user) {
        return EventStream.open(
                HTTP,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                        .header("Authorization", "Bearer " + Logins.token(user))
                        .header("Accept", "text/event-stream")
                        .build());
    }
}
