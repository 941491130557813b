package com.fakebook.messaging.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code fakebook.messaging.sockets.open}: the chat sockets this instance holds. Each holds memory and a
 * connection through the gateway; the sum over instances is how many people's devices are live, and a drop to zero
 * on one instance while others keep theirs is a restart or a cut-off the dashboards should show.
 */
@Component
class OpenSocketsMeter implements MeterBinder {

    private final LocalSockets sockets;

    OpenSocketsMeter(LocalSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("fakebook.messaging.sockets.open", sockets, LocalSockets::count)
                .description("Chat sockets open on this instance")
                .register(registry);
    }
}
