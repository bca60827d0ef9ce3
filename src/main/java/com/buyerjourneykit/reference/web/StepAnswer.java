package com.buyerjourneykit.reference.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a journey step answered, the same for REST and pages: an HTTP status, an outcome id
 * ({@code result} on success, {@code error} on refusal) and facts such as {@code remainingAttempts}.
 * The answer also says which fact its page message shows ("Attempts left: {0}"), so no page has
 * to know the facts of every step.
 */
public final class StepAnswer {
    private final int status;
    private final String outcome;
    private final String message;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private String shownFact;
    private String shownMessagePrefix;

    private StepAnswer(int status, String outcome, String message) {
        this.status = status;
        this.outcome = outcome;
        this.message = message;
    }

    public static StepAnswer success(int status, String outcome) {
        return new StepAnswer(status, outcome, "");
    }

    public static StepAnswer refusal(int status, String outcome, String message) {
        return new StepAnswer(status, outcome, message);
    }

    public StepAnswer with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    /** {@code fact}, which the page message shows as its argument. */
    public StepAnswer showing(String fact, Object value) {
        shownFact = fact;
        return with(fact, value);
    }

    /** {@code fact} names a journey step; the page message shows that step's name in the buyer's language. */
    public StepAnswer showingStepName(String fact, String stepId) {
        shownMessagePrefix = "step.id.";
        return showing(fact, stepId);
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

    public Map<String, Object> facts() {
        return facts;
    }

    public boolean isSuccess() {
        return status < 300;
    }

    /** The shown fact's value, or the message key that names it; empty when the message shows none. */
    Optional<String> shownValue() {
        return Optional.ofNullable(shownFact).map(fact -> String.valueOf(facts.get(fact)));
    }

    Optional<String> shownMessagePrefix() {
        return Optional.ofNullable(shownMessagePrefix);
    }
}
