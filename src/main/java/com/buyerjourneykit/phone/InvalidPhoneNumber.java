package com.buyerjourneykit.phone;

/** A phone number that breaks a {@link PhoneRule}; the message names the field and the rule. */
public final class InvalidPhoneNumber extends RuntimeException {
    private final transient PhoneRule rule;

    InvalidPhoneNumber(PhoneRule rule, String countryCode) {
        super(rule.field() + " " + rule.description() + (countryCode == null ? "" : " (" + countryCode.strip() + ")"));
        this.rule = rule;
    }

    public PhoneRule rule() {
        return rule;
    }

    public String field() {
        return rule.field();
    }
}
