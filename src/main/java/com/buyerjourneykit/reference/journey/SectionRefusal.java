package com.buyerjourneykit.reference.journey;

/** A section's step refused, thrown from deep in the section and answered as its {@link SectionOutcome}. */
public final class SectionRefusal extends RuntimeException {
    private final transient SectionOutcome outcome;

    public SectionRefusal(int status, String outcome, String message) {
        super(message);
        this.outcome = SectionOutcome.refusal(status, outcome, message);
    }

    public SectionRefusal with(String fact, Object value) {
        outcome.with(fact, value);
        return this;
    }

    /** A fact the page's message shows ("Only {0} in stock", the attempts left). */
    public SectionRefusal showing(String fact, Object value) {
        outcome.showing(fact, value);
        return this;
    }

    public SectionOutcome outcome() {
        return outcome;
    }
}
