package com.fakebook.friend.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FriendsListAudienceTests {

    @Test
    void theFourKnownAudiencesReadAsThemselves() {
        for (var audience : FriendsListAudience.values()) {
            assertThat(FriendsListAudience.fromEvent(audience.name())).isEqualTo(audience);
        }
    }

    @Test
    void anAudienceNotKnownYetReadsAsTheNarrowest() {
        assertThat(FriendsListAudience.fromEvent("CLOSE_FRIENDS")).isEqualTo(FriendsListAudience.ONLY_ME);
    }

    @Test
    void untilThePersonChoosesOnlyFriendsSeeTheList() {
        assertThat(FriendsListAudience.DEFAULT).isEqualTo(FriendsListAudience.FRIENDS);
    }
}
