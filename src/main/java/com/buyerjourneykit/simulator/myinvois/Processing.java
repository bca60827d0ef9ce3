package com.buyerjourneykit.simulator.myinvois;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long MyInvois's asynchronous validation takes, in virtual time: zero by default (accepted
 * documents are Valid at once); set by control so a scenario can see InProgress, then Valid.
 */
final class Processing {
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);

    Duration delay() {
        return delay.get();
    }

    void setDelay(Duration newDelay) {
        delay.set(newDelay);
    }

    void forgetAll() {
        delay.set(Duration.ZERO);
    }
}
