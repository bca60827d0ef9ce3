package com.buyerjourneykit.drivers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the system under test answered, the same for every channel: an outcome id (code-sent,
 * accepted, wrong-code, invalid-field, step-not-ready, …) and its facts (remainingAttempts,
 * retryAfterSeconds, field, rule, missingStep, journeyId, …).
 */
public record Answer(String outcome, Map<String, String> facts) {

    public Answer {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static Answer of(String outcome, Map<String, String> facts) {
        Map<String, String> present = new LinkedHashMap<>();
        facts.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(name, value);
            }
        });
        return new Answer(outcome, present);
    }

    public String fact(String name) {
        return facts.get(name);
    }
}
