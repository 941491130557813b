package com.fakebook.messaging.message;

import com.fakebook.messaging.system.TooBusy;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the sends an instance works on at once ({@code fakebook.chat.sends-in-flight}). One more is refused at
 * once ({@link TooBusy}) rather than queued for a pooled connection: under a burst, waiting sends would otherwise
 * pile up without end (each socket's frames, on virtual threads, wait up to the pool's 30 s timeout), and every
 * send behind them would be late. The bound is a few times the pool's size, so the pool stays busy and a send
 * waits for a connection at most a few sends' time.
 */
@Component
class SendAdmission {

    private final Semaphore inFlight;

    SendAdmission(@Value("${fakebook.chat.sends-in-flight:64}") int sendsInFlight) {
        this.inFlight = new Semaphore(sendsInFlight);
    }

    <T> T admit(Supplier<T> send) {
        if (!inFlight.tryAcquire()) {
            throw new TooBusy();
        }
        try {
            return send.get();
        } finally {
            inFlight.release();
        }
    }
}
