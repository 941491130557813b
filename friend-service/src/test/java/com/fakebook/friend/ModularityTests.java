package com.fakebook.friend;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void theFeaturesUseOneAnotherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        ApplicationModules.of(FriendServiceApplication.class).verify();
    }
}
