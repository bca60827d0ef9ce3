package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Inputs;
import java.util.regex.Pattern;

/**
 * What the buyer types for a self-billed e-invoice: the paid order, the product classification
 * (INV-03: exactly three digits, "000" to "999", from IRBM's catalogue) and the e-invoice number
 * the supplier gave (MyInvois: at most 50 characters).
 */
record InvoiceRequest(String orderId, String classification, String invoiceNumber) {
    static final int MAX_INVOICE_NUMBER = 50;
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    static InvoiceRequest read(String orderId, String classification, String invoiceNumber) {
        return new InvoiceRequest(Identifiers.orderId(orderId), classification(classification), invoiceNumber(invoiceNumber));
    }

    static String classification(String text) {
        String value = Inputs.required("classification", text);
        if (!THREE_DIGITS.matcher(value).matches()) {
            throw new InvalidInput("classification", "three-digits-000-999",
                    "classification must be exactly three digits, 000 to 999, as in IRBM's classification codes");
        }
        return value;
    }

    static String invoiceNumber(String text) {
        String value = Inputs.required("invoiceNumber", text).strip();
        if (value.length() > MAX_INVOICE_NUMBER) {
            throw new InvalidInput("invoiceNumber", "max-50-characters", "invoiceNumber must be at most 50 characters");
        }
        return value;
    }
}
