package com.buyerjourneykit.simulator.myinvois;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The taxpayers MyInvois knows: a TIN with the ID (type and value) it was registered with. The
 * built-in client's own taxpayer and one Malaysian company are always there; others are seeded
 * through the control API and forgotten on reset.
 */
final class Taxpayers {
    static final String DEFAULT_TIN = "IG12345678901";
    static final String DEFAULT_NRIC = "900101015555";
    static final String COMPANY_TIN = "C1234567890";
    static final String COMPANY_BRN = "201901234567";
    private final Map<String, Taxpayer> byTin = new ConcurrentHashMap<>();

    record Taxpayer(String tin, String idType, String idValue, String name) {
        boolean isIdentifiedBy(String type, String value) {
            return idType.equals(type) && idValue.equalsIgnoreCase(value);
        }
    }

    Taxpayers() {
        seedDefaults();
    }

    void seed(Taxpayer taxpayer) {
        byTin.put(taxpayer.tin(), taxpayer);
    }

    Optional<Taxpayer> byTin(String tin) {
        return Optional.ofNullable(byTin.get(tin));
    }

    /** Valid when the TIN is registered with exactly this ID; the magic invalid TIN never is. */
    boolean isValid(String tin, String idType, String idValue) {
        return !MagicValues.INVALID_TIN.equals(tin)
                && byTin(tin).filter(taxpayer -> taxpayer.isIdentifiedBy(idType, idValue)).isPresent();
    }

    /** A TIN a document may name as a party: a registered one, or one of the general TINs. */
    boolean isKnown(String tin) {
        return Tins.isGeneral(tin) || byTin.containsKey(tin);
    }

    void forgetAll() {
        byTin.clear();
        seedDefaults();
    }

    private void seedDefaults() {
        seed(new Taxpayer(DEFAULT_TIN, "NRIC", DEFAULT_NRIC, "BJK Test Buyer"));
        seed(new Taxpayer(COMPANY_TIN, "BRN", COMPANY_BRN, "BJK Trading Sdn Bhd"));
    }
}
