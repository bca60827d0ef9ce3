package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;

/** The {@code tin} of a control call: required and well-formed (rule {@code tin}), as the validation API reads it. */
final class ControlTins {
    private ControlTins() {
    }

    static String tin(ControlBody body) {
        String tin = body.text("tin");
        if (!Tins.isWellFormed(tin)) {
            throw new InvalidControlField("tin", "tin", "tin must be IG and digits, or a non-individual TIN ending in 0"
                    + " (C, CS, D, F, FA, PT, TA, TC, TN, TR, TP, J, LE), at most 14 characters");
        }
        return tin;
    }
}
