package com.fakebook.messaging.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.messaging.MessagingIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * A socket lives no longer than the token it was opened with: once that has expired it is closed with 4401, and the
 * client connects again through the gateway, which refuses it when the login has ended ("log out everywhere").
 * The service's clock is moved past the token's five minutes; beats come every second here.
 */
@TestPropertySource(properties = "fakebook.chat.idle-timeout=3s")
class SocketLifetimeIntegrationTests extends MessagingIntegrationTest {

    @Autowired
    MovableClock clock;

    @AfterEach
    void clockBack() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void aSocketIsClosedOnceItsTokenHasExpiredAndNotBefore() {
        try (var phone = connect(port, ana)) {
            phone.send(Map.of("type", "ping"));
            phone.next("pong");
            await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(phone::isOpen);

            clock.shift(Duration.ofMinutes(5).plusSeconds(1));

            await().atMost(PATIENCE).until(() -> phone.closeCode().isPresent());
            assertThat(phone.closeCode()).contains(4401);
        }
    }

    /** The system clock, moved by a given amount. */
    static final class MovableClock extends Clock {

        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = by;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }

    @TestConfiguration
    static class MovedClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
