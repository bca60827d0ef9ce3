package com.buyerjourneykit.reference.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a journey step answered, the same for REST and pages: an HTTP status, an outcome id
 * ({@code result} on success, {@code error} on refusal) and facts such as {@code remainingAttempts}.
 */
record StepAnswer(int status, String outcome, String message, Map<String, Object> facts) {

    static StepAnswer success(int status, String outcome) {
        return new StepAnswer(status, outcome, "", new LinkedHashMap<>());
    }

    static StepAnswer refusal(int status, String outcome, String message) {
        return new StepAnswer(status, outcome, message, new LinkedHashMap<>());
    }

    StepAnswer with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    boolean isSuccess() {
        return status < 300;
    }
}
