package com.buyerjourneykit.simulator;

/**
 * A JSON text that is not exactly one object with every key once: which field broke which rule.
 * Each reader turns it into its own refusal (Alipay's 40002, the control API's 400).
 */
public final class JsonRefusal extends RuntimeException {
    private final String field;
    private final String rule;

    JsonRefusal(String field, String rule, String message) {
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
