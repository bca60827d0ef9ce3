package com.buyerjourneykit.reference.journey;

import java.util.Map;

/**
 * What a provider said to a step, in the app's words: an outcome id ({@code code-sent},
 * {@code wrong-code}…), whether it was accepted, and its facts ({@code remainingAttempts}…).
 */
public record ProviderOutcome(String id, boolean accepted, Map<String, Object> facts) {

    public ProviderOutcome {
        facts = Map.copyOf(facts);
    }

    public static ProviderOutcome accepted(String id, Map<String, Object> facts) {
        return new ProviderOutcome(id, true, facts);
    }

    public static ProviderOutcome refused(String id, Map<String, Object> facts) {
        return new ProviderOutcome(id, false, facts);
    }

    public String fact(String name) {
        return String.valueOf(facts.get(name));
    }
}
