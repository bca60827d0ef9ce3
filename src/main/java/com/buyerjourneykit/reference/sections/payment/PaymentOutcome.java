package com.buyerjourneykit.reference.sections.payment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a step of this section went: an HTTP-like status, the outcome id, its facts in order (amounts
 * as yuan strings), and which fact the page's message shows ("Attempts left: {0}").
 */
final class PaymentOutcome {
    private final int status;
    private final String outcome;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private String shownFact;

    private PaymentOutcome(int status, String outcome) {
        this.status = status;
        this.outcome = outcome;
    }

    static PaymentOutcome of(int status, String outcome) {
        return new PaymentOutcome(status, outcome);
    }

    PaymentOutcome with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    PaymentOutcome showing(String fact, Object value) {
        shownFact = fact;
        return with(fact, value);
    }

    int status() {
        return status;
    }

    String outcome() {
        return outcome;
    }

    Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    Optional<String> shownFact() {
        return Optional.ofNullable(shownFact);
    }
}
