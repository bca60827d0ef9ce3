package com.buyerjourneykit.reference.journey;

/** A step asked for again once a later step made it final (a second 1688 account in one journey); names the step. */
public final class StepAlreadyDone extends RuntimeException {
    private final transient JourneyStep done;

    public StepAlreadyDone(JourneyStep done) {
        super(done.id() + " is already done in this journey");
        this.done = done;
    }

    public JourneyStep done() {
        return done;
    }
}
