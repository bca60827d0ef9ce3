package com.buyerjourneykit.reference.sections.einvoice;


/** A refusal of this section that is the buyer's answer, not bad input: {@code order-not-paid}, {@code e-invoice-rejected}… */
final class EInvoiceRefusal extends RuntimeException {
    private final transient EInvoiceOutcome answer;

    EInvoiceRefusal(int status, String outcome, String message) {
        super(message);
        this.answer = EInvoiceOutcome.refusal(status, outcome, message);
    }

    EInvoiceRefusal with(String fact, Object value) {
        answer.with(fact, value);
        return this;
    }

    EInvoiceOutcome outcome() {
        return answer;
    }
}
