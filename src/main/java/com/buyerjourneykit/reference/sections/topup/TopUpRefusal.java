package com.buyerjourneykit.reference.sections.topup;

/** A refusal of this section's own (an unsupported currency, an expired quote…): its outcome (status, id, facts) and message. */
final class TopUpRefusal extends RuntimeException {
    private final transient TopUpOutcome outcome;

    TopUpRefusal(int status, String outcome, String message) {
        super(message);
        this.outcome = TopUpOutcome.of(status, outcome);
    }

    TopUpRefusal with(String fact, Object value) {
        outcome.with(fact, value);
        return this;
    }

    TopUpOutcome outcome() {
        return outcome;
    }
}
