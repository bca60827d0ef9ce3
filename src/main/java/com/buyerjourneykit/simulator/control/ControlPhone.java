package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.core.BuyerPhones;

/** A phone given to the control API, in a path or a body: the E.164 form of a mobile, or a 400 naming it. */
public final class ControlPhone {
    private ControlPhone() {
    }

    /** The E.164 number; {@code given} may be percent-encoded ("%2B60…"), as a path parameter often is. */
    public static String e164(String field, String given) {
        return BuyerPhones.mobile(given)
                .orElseThrow(() -> new InvalidControlField(field, "e164",
                        field + " must be the E.164 form of a mobile number, such as +60123456789"))
                .e164();
    }
}
