package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A self-billed e-invoice (MyInvois type 11) for one paid 1688 order: the buyer issues it for the
 * foreign supplier. {@code discount} is the order's (a Red Packet); {@code total} what the order cost.
 */
record SelfBilledInvoice(String orderId, String invoiceNumber, String classification, Instant issuedAt, InvoiceParty supplier,
                         InvoiceParty buyer, List<InvoiceLine> lines, BigDecimal discount, BigDecimal total, String currency) {
    static final String MSIC_FOR_1688_SUPPLIERS = "00000";

    BigDecimal sumOfLines() {
        return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** INV-02's fields, as the preview shows them and the submission repeats them. */
    SectionOutcome facts(SectionOutcome answer) {
        return answer.with("orderId", orderId).with("invoiceNumber", invoiceNumber).with("supplierName", supplier.name())
                .with("supplierTin", supplier.tin()).with("supplierAddress", supplier.address())
                .with("supplierContact", supplier.telephone()).with("supplierSst", supplier.sst())
                .with("msic", MSIC_FOR_1688_SUPPLIERS).with("businessActivity", InvoiceParty.NOT_APPLICABLE)
                .with("classification", classification).with("buyerTin", buyer.tin()).with("total", total.toPlainString())
                .with("currency", currency);
    }
}
