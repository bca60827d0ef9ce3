package com.buyerjourneykit.phone;

/** A phone number that breaks a {@link PhoneRule}; the message names the field and the rule. */
public final class InvalidPhoneNumber extends RuntimeException {
    private final transient PhoneRule rule;
    private final String shownCountryCode;

    InvalidPhoneNumber(PhoneRule rule, String countryCode) {
        super(message(rule.field(), rule, shown(countryCode)));
        this.rule = rule;
        this.shownCountryCode = shown(countryCode);
    }

    /** The same words with the field as a provider's API spells it, such as {@code country_code}. */
    public String messageNaming(String fieldName) {
        return message(fieldName, rule, shownCountryCode);
    }

    private static String message(String fieldName, PhoneRule rule, String countryCode) {
        return fieldName + " " + rule.description() + (countryCode.isEmpty() ? "" : " (" + countryCode + ")");
    }

    /** Echoed beside the message when there is something to echo: never "()" for an empty code. */
    private static String shown(String countryCode) {
        return countryCode == null ? "" : countryCode.strip();
    }

    public PhoneRule rule() {
        return rule;
    }

    public String field() {
        return rule.field();
    }
}
