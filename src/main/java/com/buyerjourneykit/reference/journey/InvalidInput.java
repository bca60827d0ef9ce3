package com.buyerjourneykit.reference.journey;

/** Input that breaks a rule: names the field, the rule (a stable identifier) and says why in words. */
public final class InvalidInput extends RuntimeException {
    private final String field;
    private final String rule;

    public InvalidInput(String field, String rule, String message) {
        super(message);
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
