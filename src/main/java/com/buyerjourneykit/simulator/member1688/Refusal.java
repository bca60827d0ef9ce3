package com.buyerjourneykit.simulator.member1688;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business refusal: HTTP 200, {@code success:false} and a stable code, sometimes with a number
 * the caller needs ({@code retryAfterSeconds}, {@code remainingAttempts}). Thrown before anything
 * is stored, so a refused call changes nothing.
 */
public final class Refusal extends RuntimeException {
    private final String code;
    private final Map<String, Long> numbers = new LinkedHashMap<>();

    public Refusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Refusal with(String field, long value) {
        numbers.put(field, value);
        return this;
    }

    String code() {
        return code;
    }

    Map<String, Long> numbers() {
        return Collections.unmodifiableMap(numbers);
    }
}
