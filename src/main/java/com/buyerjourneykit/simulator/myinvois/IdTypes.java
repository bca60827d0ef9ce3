package com.buyerjourneykit.simulator.myinvois;

import java.util.Set;
import java.util.regex.Pattern;

/** The identification a TIN is checked with: NRIC, PASSPORT, BRN or ARMY, and a value of letters, digits and hyphens. */
final class IdTypes {
    static final Set<String> ALL = Set.of("NRIC", "PASSPORT", "BRN", "ARMY");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9-]{1,20}");

    private IdTypes() {
    }

    static boolean isKnown(String idType) {
        return ALL.contains(idType);
    }

    static boolean isWellFormedValue(String idValue) {
        return idValue != null && VALUE.matcher(idValue).matches();
    }
}
