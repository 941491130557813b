package com.fakebook.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void theFeaturesUseOneAnotherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        ApplicationModules.of(NotificationServiceApplication.class).verify();
    }
}
