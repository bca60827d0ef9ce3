package com.buyerjourneykit.drivers;

/** The FAQ's self-billed e-invoice for a 1688 order, submitted to MyInvois (INV-02, INV-03), through some channel. */
public interface SelfBilledInvoiceDriver {

    /** e-invoice-preview (supplierTin, supplierSst, msic, businessActivity, classification, …); submits nothing. */
    Answer preview(String journeyId, EInvoiceInput invoice);

    /** e-invoice-submitted (submissionUid, documentUid, status), e-invoice-rejected (reasons, message) or a refusal. */
    Answer submit(String journeyId, EInvoiceInput invoice);
}
