package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A document as Get Submission and Get Document Details show it. Self-billed: the issuer is the
 * buyer, the receiver the supplier. Amounts are exact decimals (never through a double);
 * {@code longId} and {@code dateTimeValidated} appear once the document is Valid.
 */
final class DocumentSummary {
    static final String TYPE_NAME = "Self-billed Invoice";

    private DocumentSummary() {
    }

    static ObjectNode of(StoredDocument document, Instant now) {
        SelfBilledInvoice invoice = document.invoice();
        String status = document.statusAt(now);
        boolean valid = "Valid".equals(status);
        ObjectNode json = SimulatorJson.object()
                .put("uuid", document.uuid())
                .put("submissionUid", document.submissionUid())
                .put("longId", valid ? document.longId() : null)
                .put("internalId", invoice.header().invoiceId())
                .put("typeName", TYPE_NAME)
                .put("typeVersionName", InvoiceHeader.VERSION)
                .put("issuerTin", invoice.buyer().tin())
                .put("issuerName", invoice.buyer().name())
                .put("receiverId", invoice.supplier().tin())
                .put("receiverName", invoice.supplier().name())
                .put("dateTimeIssued", invoice.header().issuedAt().toString())
                .put("dateTimeReceived", document.receivedAt().toString())
                .put("dateTimeValidated", valid ? document.validatedAt().toString() : null)
                .put("documentCurrency", invoice.header().currency());
        amount(json, "totalExcludingTax", invoice.totals().taxExclusive());
        amount(json, "totalNetAmount", invoice.totals().taxExclusive());
        amount(json, "totalPayableAmount", invoice.totals().payable());
        return json.put("status", status);
    }

    private static void amount(ObjectNode json, String field, BigDecimal value) {
        json.set(field, DecimalNode.valueOf(value));
    }
}
