package com.fakebook.auth.account;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FreshLoginTests {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final FreshLogin FIVE_MINUTES = new FreshLogin(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aLoginFromAMinuteAgoIsFresh() {
        assertThatNoException().isThrownBy(() -> FIVE_MINUTES.require(NOW.minusSeconds(60)));
    }

    @Test
    void aLoginExactlyFiveMinutesOldIsStillFresh() {
        assertThatNoException().isThrownBy(() -> FIVE_MINUTES.require(NOW.minus(Duration.ofMinutes(5))));
    }

    @Test
    void aLoginSixMinutesOldIsNot() {
        assertThatThrownBy(() -> FIVE_MINUTES.require(NOW.minus(Duration.ofMinutes(6))))
                .isInstanceOf(ReauthenticationRequired.class);
    }

    @Test
    void aTokenThatDoesNotSayWhenTheLoginWasIsNotFresh() {
        assertThatThrownBy(() -> FIVE_MINUTES.require(null)).isInstanceOf(ReauthenticationRequired.class);
    }
}
