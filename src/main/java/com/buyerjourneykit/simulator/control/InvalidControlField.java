package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.JsonRefusal;

/** A control-call field that breaks a rule: answered with HTTP 400 {@code {field, rule, message}}. */
public final class InvalidControlField extends RuntimeException {
    private final String field;
    private final String rule;

    public InvalidControlField(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    static InvalidControlField of(JsonRefusal refusal) {
        return new InvalidControlField(refusal.field(), refusal.rule(), refusal.getMessage());
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
