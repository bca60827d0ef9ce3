package com.buyerjourneykit.simulator.clock;

/** A request that would make the virtual clock stand still or run backwards. */
public final class ClockRuleViolation extends RuntimeException {
    public ClockRuleViolation(String message) {
        super(message);
    }
}
