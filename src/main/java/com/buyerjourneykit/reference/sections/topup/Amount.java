package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Money in a currency's minor units: the buyer writes {@code "100.00"} (major units, at most the
 * currency's decimals), WorldFirst {@code {"currency":"SGD","value":"10000"}}; facts show it with
 * the currency's decimals ({@code "100.00"}, JPY {@code "1136"}). Never floating point.
 */
record Amount(String currency, long minorUnits) {
    /** WorldFirst's limit on an amount: at most 15 digits of minor units. */
    static final int MAX_DIGITS = 15;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /** The rules in the order the buyer can mend them: required, number, positive, decimals-of-the-currency, at-most-15-digits. */
    static Amount parse(String field, String text, String currency) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidInput(field, "number", field + " must be a decimal number such as 100.00");
        }
        BigDecimal major = new BigDecimal(text);
        if (major.signum() <= 0) {
            throw new InvalidInput(field, "positive", field + " must be more than zero");
        }
        int decimals = CurrencyCode.decimals(currency);
        if (major.stripTrailingZeros().scale() > decimals) {
            throw new InvalidInput(field, "decimals-of-the-currency", field + " has at most " + decimals + " decimals in " + currency);
        }
        BigDecimal minor = major.movePointRight(decimals).stripTrailingZeros();
        if (minor.precision() - Math.min(minor.scale(), 0) > MAX_DIGITS) {
            throw new InvalidInput(field, "at-most-15-digits", field + " must be at most " + MAX_DIGITS + " digits in minor units");
        }
        return new Amount(currency, minor.longValueExact());
    }

    /** {@code {"currency":"SGD","value":"1050"}} as WorldFirst writes it. */
    static Amount fromWorldFirst(JsonNode money) {
        return new Amount(money.path("currency").asText(), Long.parseLong(money.path("value").asText()));
    }

    ObjectNode toWorldFirst() {
        return JsonNodeFactory.instance.objectNode().put("currency", currency).put("value", Long.toString(minorUnits));
    }

    /** {@code "545.60"}, JPY {@code "1136"}: always the currency's decimals. */
    String decimal() {
        return BigDecimal.valueOf(minorUnits, CurrencyCode.decimals(currency)).toPlainString();
    }
}
