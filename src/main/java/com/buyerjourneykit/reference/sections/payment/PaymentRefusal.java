package com.buyerjourneykit.reference.sections.payment;

/** A refusal of paying (wrong password, balance not enough, method not offered…): its outcome and message. */
final class PaymentRefusal extends RuntimeException {
    private final transient PaymentOutcome outcome;

    PaymentRefusal(int status, String outcome, String message) {
        super(message);
        this.outcome = PaymentOutcome.of(status, outcome);
    }

    PaymentRefusal with(String fact, Object value) {
        outcome.with(fact, value);
        return this;
    }

    /** The fact the page's message shows, e.g. the attempts left. */
    PaymentRefusal showing(String fact, Object value) {
        outcome.showing(fact, value);
        return this;
    }

    PaymentOutcome outcome() {
        return outcome;
    }
}
