package com.buyerjourneykit.simulator.worldfirst;

/** A field that breaks a rule: {@code PARAM_ILLEGAL} (F) naming the field and the rule. */
final class InvalidField extends Refusal {

    InvalidField(String field, String rule, String message) {
        super("PARAM_ILLEGAL", message);
        with("field", field).with("rule", rule);
    }

    static InvalidField missing(String field) {
        return new InvalidField(field, "required", field + " is required");
    }
}
