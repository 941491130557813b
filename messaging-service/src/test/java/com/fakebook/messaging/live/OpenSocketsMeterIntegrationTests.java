package com.fakebook.messaging.live;

import static org.awaitility.Awaitility.await;

import com.fakebook.messaging.MessagingIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboards' count of chat sockets follows sockets opening and going away. */
class OpenSocketsMeterIntegrationTests extends MessagingIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void countsTheSocketsThisInstanceHolds() {
        await().atMost(PATIENCE).until(() -> openSockets() == 0);

        try (var anaPhone = connect(port, ana)) {
            try (var brunoPhone = connect(port, bruno)) {
                await().atMost(PATIENCE).until(() -> openSockets() == 2);
            }
            await().atMost(PATIENCE).until(() -> openSockets() == 1);
        }
        await().atMost(PATIENCE).until(() -> openSockets() == 0);
    }

    private double openSockets() {
        return meters.get("fakebook.messaging.sockets.open").gauge().value();
    }
}
