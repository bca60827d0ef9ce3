package com.buyerjourneykit.reference.sections.topup;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal of this section's own (an unsupported currency, an expired quote…): its status, outcome id, message and facts. */
final class TopUpRefusal extends RuntimeException {
    private final int status;
    private final String outcome;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    TopUpRefusal(int status, String outcome, String message) {
        super(message);
        this.status = status;
        this.outcome = outcome;
    }

    TopUpRefusal with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    int status() {
        return status;
    }

    String outcome() {
        return outcome;
    }

    Map<String, Object> facts() {
        return facts;
    }
}
