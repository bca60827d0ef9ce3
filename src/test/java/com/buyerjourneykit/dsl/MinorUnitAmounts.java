package com.buyerjourneykit.dsl;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount as a scenario writes it ("100.00" CNH) in the currency's minor units, as WorldFirst counts money. */
final class MinorUnitAmounts {
    /** Offshore yuan is no ISO 4217 code; it has the yuan's two decimals. */
    private static final String OFFSHORE_YUAN = "CNH";

    private MinorUnitAmounts() {
    }

    static String minorUnits(String amount, String currency) {
        return new BigDecimal(amount).movePointRight(decimals(currency)).toBigIntegerExact().toString();
    }

    static int decimals(String currency) {
        return OFFSHORE_YUAN.equals(currency) ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
    }
}
