package com.buyerjourneykit.reference.sections.einvoice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an action of this section went: an HTTP-like status, the outcome id, a message for refusals, and its facts in order. */
final class EInvoiceOutcome {
    private final int status;
    private final String outcome;
    private final String message;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    private EInvoiceOutcome(int status, String outcome, String message) {
        this.status = status;
        this.outcome = outcome;
        this.message = message;
    }

    static EInvoiceOutcome success(int status, String outcome) {
        return new EInvoiceOutcome(status, outcome, "");
    }

    static EInvoiceOutcome refusal(int status, String outcome, String message) {
        return new EInvoiceOutcome(status, outcome, message);
    }

    EInvoiceOutcome with(String fact, Object value) {
        facts.put(fact, value);
        return this;
    }

    int status() {
        return status;
    }

    String outcome() {
        return outcome;
    }

    String message() {
        return message;
    }

    boolean isSuccess() {
        return status < 300;
    }

    Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
