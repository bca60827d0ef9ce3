package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import java.util.Optional;

/**
 * INV-02 and INV-03: the self-billed e-invoice of a paid order, previewed (nothing is sent) or
 * submitted to MyInvois once per idempotency key, MyInvois's rejection included.
 */
final class SelfBilledInvoices {
    private final BuyerMember members;
    private final PaidOrders orders;
    private final MyInvoisClient myInvois;
    private final KeptAnswers kept;

    SelfBilledInvoices(BuyerMember members, PaidOrders orders, MyInvoisClient myInvois, KeptAnswers kept) {
        this.members = members;
        this.orders = orders;
        this.myInvois = myInvois;
        this.kept = kept;
    }

    SectionOutcome preview(String journeyId, InvoiceRequest request) {
        BuyerMember.Signed buyer = members.of(journeyId);
        return orders.invoice(buyer, request).facts(SectionOutcome.success(200, "e-invoice-preview"));
    }

    SectionOutcome submit(String journeyId, InvoiceRequest request, Optional<String> key) {
        BuyerMember.Signed buyer = members.of(journeyId);
        Optional<SectionOutcome> earlier = kept.kept(buyer.journey(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SelfBilledInvoice invoice = orders.invoice(buyer, request);
        return kept.keep(buyer.journey(), key, myInvois.submit(invoice));
    }
}
