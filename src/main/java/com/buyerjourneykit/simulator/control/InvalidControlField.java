package com.buyerjourneykit.simulator.control;

/** A control-call field that breaks a rule: answered with HTTP 400 {@code {field, rule, message}}. */
public final class InvalidControlField extends RuntimeException {
    private final String field;
    private final String rule;

    public InvalidControlField(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
