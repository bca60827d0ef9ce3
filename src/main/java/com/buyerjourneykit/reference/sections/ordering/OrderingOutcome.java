package com.buyerjourneykit.reference.sections.ordering;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an ordering action went, before it becomes the buyer's answer: an HTTP-like status, the
 * outcome id, its facts in order (amounts as yuan strings, lists of rows) and the fact its page message shows.
 */
final class OrderingOutcome {
    private final int status;
    private final String outcome;
    private final String message;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private String shownFact;

    private OrderingOutcome(int status, String outcome, String message) {
        this.status = status;
        this.outcome = outcome;
        this.message = message;
    }

    static OrderingOutcome success(int status, String outcome) {
        return new OrderingOutcome(status, outcome, "");
    }

    static OrderingOutcome refusal(int status, String outcome, String message) {
        return new OrderingOutcome(status, outcome, message);
    }

    OrderingOutcome with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    /** {@code fact}, which the page's message shows as its argument. */
    OrderingOutcome showing(String fact, Object value) {
        shownFact = fact;
        return with(fact, value);
    }

    int status() {
        return status;
    }

    String outcome() {
        return outcome;
    }

    String message() {
        return message;
    }

    String shownFact() {
        return shownFact;
    }

    Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
