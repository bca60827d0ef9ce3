package com.buyerjourneykit.reference.journey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a step of a guide section went, before it becomes the buyer's answer: an HTTP-like status, the outcome id, a
 * message for refusals, its facts in order (amounts as decimal strings, lists of rows) and the fact its page message
 * shows ("Attempts left: {0}"). Sections build it without knowing REST or pages.
 */
public final class SectionOutcome {
    private final int status;
    private final String outcome;
    private final String message;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private String shownFact;

    private SectionOutcome(int status, String outcome, String message) {
        this.status = status;
        this.outcome = outcome;
        this.message = message;
    }

    public static SectionOutcome success(int status, String outcome) {
        return new SectionOutcome(status, outcome, "");
    }

    public static SectionOutcome refusal(int status, String outcome, String message) {
        return new SectionOutcome(status, outcome, message);
    }

    public SectionOutcome with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    /** {@code fact}, which the page's message shows as its argument. */
    public SectionOutcome showing(String fact, Object value) {
        shownFact = fact;
        return with(fact, value);
    }

    public int status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }

    public boolean isSuccess() {
        return status < 300;
    }

    public Object fact(String name) {
        return facts.get(name);
    }

    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    public Optional<String> shownFact() {
        return Optional.ofNullable(shownFact);
    }
}
