package com.fakebook.friend.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FriendRequestTests {

    final UUID sender = UUID.randomUUID();
    final UUID recipient = UUID.randomUUID();
    final UUID stranger = UUID.randomUUID();
    final FriendRequest request = FriendRequest.send(sender, recipient, Instant.now());

    @Test
    void nobodySendsARequestToThemselves() {
        assertThatThrownBy(() -> FriendRequest.send(sender, sender, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheRecipientMayAccept() {
        assertThatThrownBy(() -> request.acceptBy(sender)).isInstanceOf(FriendRequestNotFound.class);
        assertThatThrownBy(() -> request.acceptBy(stranger)).isInstanceOf(FriendRequestNotFound.class);
        request.acceptBy(recipient);
    }

    @Test
    void onlyTheRecipientMayDecline() {
        assertThatThrownBy(() -> request.declineBy(sender, Instant.now())).isInstanceOf(FriendRequestNotFound.class);
        assertThatThrownBy(() -> request.declineBy(stranger, Instant.now())).isInstanceOf(FriendRequestNotFound.class);
    }

    @Test
    void onlyTheSenderMayCancel() {
        assertThatThrownBy(() -> request.cancelBy(recipient)).isInstanceOf(FriendRequestNotFound.class);
        assertThatThrownBy(() -> request.cancelBy(stranger)).isInstanceOf(FriendRequestNotFound.class);
        request.cancelBy(sender);
    }

    @Test
    void decliningTwiceChangesNothingTheSecondTime() {
        assertThat(request.declineBy(recipient, Instant.now())).isTrue();
        assertThat(request.declineBy(recipient, Instant.now())).isFalse();
        assertThat(request.status()).isEqualTo(FriendRequest.Status.DECLINED);
    }

    @Test
    void aDeclinedRequestStaysInSightOfItsSenderOnly() {
        request.declineBy(recipient, Instant.now());

        assertThat(request.visibleTo(sender)).isTrue();
        assertThat(request.visibleTo(recipient)).isFalse();
        assertThat(request.visibleTo(stranger)).isFalse();
    }

    @Test
    void aDeclinedRequestMayStillBeAcceptedByItsRecipient() {
        request.declineBy(recipient, Instant.now());

        request.acceptBy(recipient);
    }
}
