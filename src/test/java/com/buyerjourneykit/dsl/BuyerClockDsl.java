package com.buyerjourneykit.dsl;

import java.time.Duration;

/** Time passing for one buyer on the simulator's virtual clock: never real waiting. */
public final class BuyerClockDsl {
    private final JourneyContext journey;

    public BuyerClockDsl(JourneyContext journey) {
        this.journey = journey;
    }

    public void pass(Duration time) {
        if (time.isZero()) {
            return;
        }
        journey.simulator().advanceClockFor(journey.buyers().get(AlipayAccountDsl.BUYER).e164(), time);
    }
}
