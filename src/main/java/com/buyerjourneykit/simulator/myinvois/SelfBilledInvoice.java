package com.buyerjourneykit.simulator.myinvois;

import java.time.Instant;

/**
 * A self-billed invoice (type 11) as read from its UBL, with every problem found: usable for the
 * submission's summary only when {@link DocumentProblems#isEmpty()}. In a self-billed invoice the
 * buyer issues the document, so the buyer's TIN is the submitter's.
 */
record SelfBilledInvoice(InvoiceHeader header, InvoiceParty supplier, InvoiceParty buyer, InvoiceTotals totals) {

    static SelfBilledInvoice read(UblNode invoice, Instant now, KnownTins knownTins, DocumentProblems problems) {
        InvoiceHeader header = InvoiceHeader.read(invoice, now, problems);
        InvoiceParty supplier = InvoiceParty.read(invoice, InvoiceParty.SUPPLIER, knownTins, problems);
        InvoiceParty buyer = InvoiceParty.read(invoice, InvoiceParty.BUYER, knownTins, problems);
        InvoiceTotals totals = InvoiceTotals.read(invoice, header.currency(), InvoiceLines.read(invoice, header.currency(), problems),
                problems);
        return new SelfBilledInvoice(header, supplier, buyer, totals);
    }

    String issuerTin() {
        return buyer.tin();
    }

    /** What makes two documents the same one (DV302): type and version, issue time, number and, self-billed, the buyer's TIN. */
    String duplicateKey() {
        return String.join("|", InvoiceHeader.SELF_BILLED_INVOICE, InvoiceHeader.VERSION, header.issuedAt().toString(),
                header.invoiceId(), issuerTin());
    }
}
