package com.buyerjourneykit.simulator.member1688;

/** A parameter that breaks a rule: answered with HTTP 400 {@code PARAM_ILLEGAL}, naming the field and the rule. */
public final class InvalidParameter extends RuntimeException {
    private final String field;
    private final String rule;

    public InvalidParameter(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public static InvalidParameter missing(String field) {
        return new InvalidParameter(field, "required", field + " is required");
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
