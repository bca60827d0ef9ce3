package com.buyerjourneykit.simulator.myinvois;

import java.time.Duration;

/** Inputs that choose an outcome, as sandboxes do (provider-apis.md §5): documented in docs/simulator-myinvois.md. */
final class MagicValues {
    /** Well-formed, yet never valid: validation answers 404, a document naming it is rejected. */
    static final String INVALID_TIN = "C4040404040";
    /** Validation of this TIN holds the answer back past any sane client timeout, then answers 504. */
    static final String TIMEOUT_TIN = "C5040504050";
    static final Duration TIMEOUT_DELAY = Duration.ofSeconds(5);
    /** A document whose e-invoice number (cbc:ID) starts so is always rejected. */
    static final String REJECTED_INVOICE_PREFIX = "REJECT";

    private MagicValues() {
    }
}
