package com.buyerjourneykit.reference.journey;

/** A step asked for before what it waits for is finished (JRN-02); names the missing step. */
public final class StepNotReady extends RuntimeException {
    private final transient JourneyStep missing;

    public StepNotReady(JourneyStep wanted, JourneyStep missing) {
        super(wanted.id() + " can start only after " + missing.id());
        this.missing = missing;
    }

    public JourneyStep missing() {
        return missing;
    }
}
