package com.buyerjourneykit.reference.sections.topup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a top-up step went: an HTTP-like status, the outcome id and its facts, in order (amounts as decimal strings). */
final class TopUpOutcome {
    private final int status;
    private final String outcome;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    private TopUpOutcome(int status, String outcome) {
        this.status = status;
        this.outcome = outcome;
    }

    static TopUpOutcome of(int status, String outcome) {
        return new TopUpOutcome(status, outcome);
    }

    TopUpOutcome with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    int status() {
        return status;
    }

    String outcome() {
        return outcome;
    }

    Object fact(String name) {
        return facts.get(name);
    }

    Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
