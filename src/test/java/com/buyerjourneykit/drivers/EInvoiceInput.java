package com.buyerjourneykit.drivers;

import java.util.Map;

/**
 * What the buyer types for a self-billed e-invoice: the 1688 order, the IRBM classification
 * (three digits) and the e-invoice number from the supplier; and the key that makes submitting it
 * twice submit it once ({@code null} for a preview).
 */
public record EInvoiceInput(String orderId, String classification, String invoiceNumber, String idempotencyKey)
        implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("orderId", orderId, "classification", classification, "invoiceNumber", invoiceNumber,
                "idempotencyKey", idempotencyKey);
    }
}
