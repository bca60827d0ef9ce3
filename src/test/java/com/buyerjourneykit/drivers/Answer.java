package com.buyerjourneykit.drivers;

/**
 * What the system under test answered, the same for every channel. {@code outcome} is one of
 * code-sent, resend-too-early, accepted, wrong-code, code-expired, code-locked, code-used,
 * no-code-requested, invalid-field; the other parts are filled where the outcome has them.
 */
public record Answer(String outcome, Integer remainingAttempts, Long retryAfterSeconds, String field, String rule) {

    public static Answer of(String outcome) {
        return new Answer(outcome, null, null, null, null);
    }

    public static Answer invalidField(String field, String rule) {
        return new Answer("invalid-field", null, null, field, rule);
    }

    public Answer withRemainingAttempts(Integer attempts) {
        return new Answer(outcome, attempts, retryAfterSeconds, field, rule);
    }

    public Answer withRetryAfter(Long seconds) {
        return new Answer(outcome, remainingAttempts, seconds, field, rule);
    }
}
