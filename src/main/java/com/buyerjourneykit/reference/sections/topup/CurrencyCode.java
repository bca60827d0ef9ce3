package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionRefusal;
import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * A currency as the buyer names it: three capital letters (ISO 4217), with the minor-unit
 * decimals ISO gives it. CNH, offshore yuan, is no ISO code; it has the two decimals of CNY.
 * Which currencies WorldFirst takes is WorldFirst's to say; a code with no decimals known is none.
 */
final class CurrencyCode {
    static final String CNH = "CNH";
    private static final Pattern THREE_CAPITALS = Pattern.compile("[A-Z]{3}");

    private CurrencyCode() {
    }

    static String read(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        if (!THREE_CAPITALS.matcher(text).matches()) {
            throw new InvalidInput(field, "iso-4217-code", field + " must be three capital letters such as SGD");
        }
        return text;
    }

    static int decimals(String code) {
        if (CNH.equals(code)) {
            return 2;
        }
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            if (digits >= 0) {
                return digits;
            }
        } catch (IllegalArgumentException unknown) {
            // no such ISO currency: refused below like any currency WorldFirst does not take
        }
        throw notSupported(code);
    }

    static SectionRefusal notSupported(String code) {
        return new SectionRefusal(422, "currency-not-supported", "WorldFirst does not receive or convert " + code)
                .with("currency", code);
    }
}
