package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Inputs;
import java.util.regex.Pattern;

/** Ids the buyer sends back (an order's, a report's): required, and of a shape 1688 could have given, so none reaches 1688 malformed. */
final class Identifiers {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    private Identifiers() {
    }

    static String orderId(String text) {
        return checked("orderId", "known-order", text);
    }

    static String reportId(String text) {
        return checked("reportId", "known-report", text);
    }

    private static String checked(String field, String rule, String text) {
        String value = Inputs.required(field, text).strip();
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInput(field, rule, "no " + field + " of this buyer looks like this");
        }
        return value;
    }
}
