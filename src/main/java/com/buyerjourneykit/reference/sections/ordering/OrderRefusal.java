package com.buyerjourneykit.reference.sections.ordering;

/** A rule of 1688 that turned the order down (not sold to the region, too few, too many…), as the buyer's answer. */
final class OrderRefusal extends RuntimeException {
    private final transient OrderingOutcome outcome;

    OrderRefusal(int status, String outcome, String message) {
        super(message);
        this.outcome = OrderingOutcome.refusal(status, outcome, message);
    }

    OrderRefusal with(String fact, Object value) {
        outcome.with(fact, value);
        return this;
    }

    /** A fact the page's message shows ("Only {0} in stock"). */
    OrderRefusal showing(String fact, Object value) {
        outcome.showing(fact, value);
        return this;
    }

    OrderingOutcome outcome() {
        return outcome;
    }
}
