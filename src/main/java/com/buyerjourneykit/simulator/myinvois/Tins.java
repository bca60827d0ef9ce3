package com.buyerjourneykit.simulator.myinvois;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a TIN looks like (MyInvois FAQ): an individual's is {@code IG} and digits; a
 * non-individual's a prefix (C, CS, D, F, FA, PT, TA, TC, TN, TR, TP, J, LE), digits without a
 * leading zero, ending in 0; at most 14 characters. Plus the three general TINs of the guideline.
 */
final class Tins {
    static final String GENERAL_PUBLIC = "EI00000000010";
    static final String FOREIGN_BUYER = "EI00000000020";
    static final String FOREIGN_SUPPLIER = "EI00000000030";
    static final Set<String> GENERAL = Set.of(GENERAL_PUBLIC, FOREIGN_BUYER, FOREIGN_SUPPLIER);
    private static final Pattern INDIVIDUAL = Pattern.compile("IG\\d{9,12}");
    private static final Pattern NON_INDIVIDUAL = Pattern.compile("(C|CS|D|F|FA|PT|TA|TC|TN|TR|TP|J|LE)[1-9]\\d{0,11}0");
    private static final int MAX_LENGTH = 14;

    private Tins() {
    }

    static boolean isWellFormed(String tin) {
        return tin != null && tin.length() <= MAX_LENGTH
                && (GENERAL.contains(tin) || INDIVIDUAL.matcher(tin).matches() || NON_INDIVIDUAL.matcher(tin).matches());
    }

    static boolean isGeneral(String tin) {
        return GENERAL.contains(tin);
    }
}
