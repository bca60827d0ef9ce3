package com.buyerjourneykit.simulator.alipay;

import java.time.LocalDate;

/** The identity document the buyer gave the Verification Center (ALI-04), already validated. */
record Identity(String documentType, String documentNumber, String fullName, String nationality,
                LocalDate dateOfBirth) {
    /** Magic value: the verification service turns down any document whose number starts so. */
    static final String FAILING_NUMBER_PREFIX = "FAIL";

    boolean failsVerification() {
        return documentNumber.startsWith(FAILING_NUMBER_PREFIX);
    }
}
