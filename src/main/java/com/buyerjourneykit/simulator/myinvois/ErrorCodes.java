package com.buyerjourneykit.simulator.myinvois;

/**
 * The codes of a rejected document's details. CF321, CV302 and DV302 are MyInvois's own; the
 * others follow its validator families (DS structure, CF core fields, TV taxpayer) but are the
 * simulator's: MyInvois publishes no code for them. The table is in docs/simulator-myinvois.md.
 */
final class ErrorCodes {
    static final String NOT_BASE64 = "DS301";
    static final String NOT_UBL = "DS302";
    static final String HASH_MISMATCH = "DS303";
    static final String REQUIRED = "CF301";
    static final String FORMAT = "CF302";
    static final String UNSUPPORTED_TYPE = "CF303";
    static final String SIGNED_VERSION = "CF304";
    static final String AMOUNT = "CF305";
    static final String CURRENCY_MISMATCH = "CF306";
    static final String TOTAL_MISMATCH = "CF307";
    static final String ISSUED_TOO_LONG_AGO = "CF321";
    static final String ISSUED_IN_FUTURE = "CF322";
    static final String CODE_NOT_IN_LIST = "CV302";
    static final String DUPLICATE_DOCUMENT = "DV302";
    static final String UNKNOWN_TIN = "TV301";
    static final String REJECTED_ON_REQUEST = "SIM01";

    private ErrorCodes() {
    }
}
