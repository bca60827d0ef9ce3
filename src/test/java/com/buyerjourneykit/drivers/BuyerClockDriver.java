package com.buyerjourneykit.drivers;

import java.time.Duration;
import java.time.Instant;

/** The simulator's virtual clock as one buyer sees it, so parallel scenarios never age each other's codes. */
public interface BuyerClockDriver {

    void advanceFor(String e164, Duration step);

    Instant nowFor(String e164);
}
