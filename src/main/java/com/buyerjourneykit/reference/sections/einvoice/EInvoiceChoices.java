package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for the self-billed e-invoice, and what we chose, for the generated catalogue. */
public final class EInvoiceChoices {
    private EInvoiceChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Self-billed e-invoice",
                        "Only for a paid order (422 `order-not-paid`); the supplier's name, address and contact from the "
                        + "order and its listing (联系方式), TIN and BRN `EI00000000030`, SST `NA`, MSIC `00000` with activity "
                        + "`NA`; the buyer is the app's MyInvois taxpayer (NRIC, SST and address `NA`, the journey's mobile"
                        + " as telephone); issued at the moment 1688 took the payment (the providers' clock), UTC; one line"
                        + " per order line plus the carriage, each with the buyer's classification (listID `CLASS`); no tax"
                        + " (category `06`, 0.00); a Red Packet is the `AllowanceTotalAmount`; CNY without exchange rate",
                        "INV-02"),
                new ChosenRule("E-invoice submission",
                        "The MyInvois token is kept until a minute before it expires (a 401 fetches a new one once); the "
                        + "same `idempotencyKey` answers the kept answer, MyInvois's rejection included (`reasons`: its "
                        + "codes); MyInvois refusing the request whole, or unreachable, is 503 `provider-unavailable`",
                        "INV-02"));
    }
}
