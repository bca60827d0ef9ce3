package com.buyerjourneykit.drivers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The harness's hand on the simulator: the SMS inbox and the virtual clock. */
public interface SimulatorControlDriver {

    /** The codes sent to an E.164 number, oldest first. */
    List<String> codesSentTo(String e164);

    /** Moves time forward for one buyer only, so parallel scenarios are not disturbed. */
    void advanceClockFor(String e164, Duration step);

    /** The time as one buyer sees it on the virtual clock. */
    Instant clockOf(String e164);
}
