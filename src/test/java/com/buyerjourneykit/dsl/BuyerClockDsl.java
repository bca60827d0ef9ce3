package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.BuyerClockDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
        clock().advanceFor(buyerE164(), time);
    }

    /**
     * Brings the buyer's virtual day to {@code date} (UTC), the day Alipay judges ages by. The clock
     * never runs backwards: a buyer already past that day is a scenario that cannot be set up here.
     */
    public void dateIs(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        Instant now = clock().nowFor(buyerE164());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (today.isAfter(date)) {
            throw new IllegalStateException("The buyer's virtual clock is already at " + now + ", past " + date
                    + "; the simulator's clock never runs backwards (restart or reset the simulator)");
        }
        pass(Duration.between(today.atStartOfDay(), date.atStartOfDay()));
    }

    private String buyerE164() {
        return journey.buyer(BuyersDsl.BUYER).e164();
    }

    private BuyerClockDriver clock() {
        return journey.control(BuyerClockDriver.class);
    }
}
