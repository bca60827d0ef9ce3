package com.buyerjourneykit.phone;

/** The rules a phone number can break, each naming its field and a stable rule identifier. */
public enum PhoneRule {
    COUNTRY_CODE_REQUIRED("countryCode", "required", "is required, e.g. +60"),
    KNOWN_COUNTRY_CODE("countryCode", "known-country-code", "must be + followed by a known country calling code"),
    MOBILE_REQUIRED("mobile", "required", "is required"),
    MOBILE_DIGITS("mobile", "digits-only", "must hold only digits, spaces or dashes"),
    MOBILE_LENGTH("mobile", "length-4-20", "must hold 4 to 20 digits"),
    MOBILE_NUMBER_FOR_COUNTRY("mobile", "mobile-number-for-country",
            "must be a valid mobile number for the country code");

    private final String field;
    private final String rule;
    private final String description;

    PhoneRule(String field, String rule, String description) {
        this.field = field;
        this.rule = rule;
        this.description = description;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String description() {
        return description;
    }
}
