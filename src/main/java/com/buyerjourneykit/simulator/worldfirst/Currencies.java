package com.buyerjourneykit.simulator.worldfirst;

import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 14 currencies of World Account receiving accounts (TOP-01). Minor units follow ISO 4217
 * through {@link Currency} (JPY 0, IDR and the rest 2); CNH, offshore yuan, is no ISO code and
 * is taken as 2 like CNY.
 */
final class Currencies {
    static final String CNH = "CNH";
    static final List<String> SUPPORTED = List.of(
            "CNH", "USD", "SGD", "HKD", "GBP", "EUR", "AUD", "JPY", "NZD", "CAD", "MYR", "THB", "IDR", "PHP");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {
    }

    static int minorDigits(String currency) {
        return CNH.equals(currency) ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** A supported currency code, or PARAM_ILLEGAL (not a code) / CURRENCY_NOT_SUPPORT (not one of the 14). */
    static String check(String field, String code) {
        if (!CODE.matcher(code).matches()) {
            throw new InvalidField(field, "iso-4217-code", field + " must be a three-letter upper-case currency code such as SGD");
        }
        if (!SUPPORTED.contains(code)) {
            throw new Refusal("CURRENCY_NOT_SUPPORT", field + " " + code + " is not one of " + String.join(", ", SUPPORTED))
                    .with("field", field).with("rule", "supported-currency");
        }
        return code;
    }
}
