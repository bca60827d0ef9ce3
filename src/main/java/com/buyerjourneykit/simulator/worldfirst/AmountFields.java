package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Reads an amount object {@code {currency, value}}: value is a string of whole minor units,
 * positive, at most {@value #MAX_DIGITS} digits; each broken rule names the field.
 */
final class AmountFields {
    static final int MAX_DIGITS = 15;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d*[.,]\\d*");

    private AmountFields() {
    }

    static Money read(String field, JsonNode amount) {
        if (amount == null || amount.isNull() || amount.isMissingNode()) {
            throw InvalidField.missing(field);
        }
        if (!amount.isObject()) {
            throw new InvalidField(field, "amount-object", field + " must be an object {currency, value}");
        }
        String currency = Currencies.check(field + ".currency", textOf(field + ".currency", amount.get("currency")));
        return new Money(currency, minorUnits(field + ".value", textOf(field + ".value", amount.get("value")), currency));
    }

    static String textOf(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            throw InvalidField.missing(field);
        }
        if (!node.isTextual()) {
            throw new InvalidField(field, "string", field + " must be a JSON string");
        }
        return node.asText();
    }

    private static long minorUnits(String field, String value, String currency) {
        if (DECIMAL.matcher(value).matches()) {
            throw new InvalidField(field, "whole-minor-units", field + " is in minor units of " + currency + " ("
                    + Currencies.minorDigits(currency) + " decimals), a whole number without a decimal point");
        }
        if (value.startsWith("-") && DIGITS.matcher(value.substring(1)).matches()) {
            throw new InvalidField(field, "positive", field + " must be more than zero");
        }
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidField(field, "number", field + " must be a number of minor units, digits only");
        }
        String significant = value.replaceFirst("^0+", "");
        if (significant.length() > MAX_DIGITS) {
            throw new InvalidField(field, "at-most-15-digits", field + " must be at most " + MAX_DIGITS + " digits");
        }
        if (significant.isEmpty()) {
            throw new InvalidField(field, "positive", field + " must be more than zero");
        }
        return Long.parseLong(significant);
    }
}
