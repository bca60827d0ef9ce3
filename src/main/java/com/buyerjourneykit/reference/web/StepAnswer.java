package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import java.util.Map;
import java.util.Optional;

/**
 * What a journey step answered, the same for REST and pages: a section's outcome (an HTTP status, an outcome id,
 * {@code result} on success and {@code error} on refusal, and facts such as {@code remainingAttempts}) plus how its
 * page message names the shown fact ("Attempts left: {0}"), so no page has to know the facts of every step.
 */
public final class StepAnswer {
    private final SectionOutcome outcome;
    private String shownMessagePrefix;

    private StepAnswer(SectionOutcome outcome) {
        this.outcome = outcome;
    }

    public static StepAnswer success(int status, String outcome) {
        return new StepAnswer(SectionOutcome.success(status, outcome));
    }

    public static StepAnswer refusal(int status, String outcome, String message) {
        return new StepAnswer(SectionOutcome.refusal(status, outcome, message));
    }

    /** A section's outcome as it stands, facts and shown fact included. */
    public static StepAnswer of(SectionOutcome outcome) {
        return new StepAnswer(outcome);
    }

    public StepAnswer with(String fact, Object value) {
        outcome.with(fact, value);
        return this;
    }

    /** {@code fact}, which the page message shows as its argument. */
    public StepAnswer showing(String fact, Object value) {
        outcome.showing(fact, value);
        return this;
    }

    /** {@code fact} names a journey step; the page message shows that step's name in the buyer's language. */
    public StepAnswer showingStepName(String fact, String stepId) {
        shownMessagePrefix = "step.id.";
        return showing(fact, stepId);
    }

    public int status() {
        return outcome.status();
    }

    public String outcome() {
        return outcome.outcome();
    }

    public String message() {
        return outcome.message();
    }

    public Map<String, Object> facts() {
        return outcome.facts();
    }

    public boolean isSuccess() {
        return outcome.isSuccess();
    }

    /** The shown fact's value, or the message key that names it; empty when the message shows none. */
    Optional<String> shownValue() {
        return outcome.shownFact().map(fact -> String.valueOf(outcome.fact(fact)));
    }

    Optional<String> shownMessagePrefix() {
        return Optional.ofNullable(shownMessagePrefix);
    }
}
