package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.catalogue.Spans;
import java.util.List;

/** MyInvois's magic values ({@link MagicValues}) and the validation rules we chose where its docs are silent. */
public final class MyInvoisCatalogue {
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private MyInvoisCatalogue() {
    }

    public static List<MagicValue> magicValues() {
        return List.of(
                new MagicValue("TIN `" + MagicValues.INVALID_TIN + "`", "MyInvois TIN validation, document parties",
                        "never valid, even when seeded (404; `" + ErrorCodes.UNKNOWN_TIN + "` in a document)"),
                new MagicValue("TIN `" + MagicValues.TIMEOUT_TIN + "`", "MyInvois TIN validation",
                        "held back " + Spans.seconds(MagicValues.TIMEOUT_DELAY) + ", then 504 `GatewayTimeout`: a client with a "
                                + "shorter timeout sees no answer"),
                new MagicValue("e-invoice number starting `" + MagicValues.REJECTED_INVOICE_PREFIX + "`",
                        "MyInvois Submit Documents", "that document is rejected (`" + ErrorCodes.REJECTED_ON_REQUEST
                                + "`); the others of the submission are not"));
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Token scope", "`scope` omitted means `" + ConnectToken.SCOPE + "`; any other is `invalid_scope`",
                        NONE),
                new ChosenRule("Amounts (`" + ErrorCodes.AMOUNT + "`)", "A plain decimal ≥ 0 with at most 2 decimals "
                        + "(`-1.00`, `1.005`, `12,50`, `1e3` refused)", "INV-02"),
                new ChosenRule("Totals (`" + ErrorCodes.TOTAL_MISMATCH + "`)", "`TaxExclusiveAmount` equals the sum of "
                        + "the lines' `LineExtensionAmount` (exact, BigDecimal)", "INV-02"),
                new ChosenRule("Issue time (`" + ErrorCodes.ISSUED_IN_FUTURE + "`)", "Not issued more than "
                        + Spans.minutes(InvoiceHeader.CLOCK_TOLERANCE) + " after now", "INV-02"),
                new ChosenRule("General TINs", "The general TINs (`EI000…`) are not taxpayers: TIN validation answers 404",
                        "INV-02"));
    }
}
