package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.reference.journey.Inputs;
import java.util.List;

/** The rules the seeds leave open for section 4B (receiving accounts and CNH), and what we chose, for the generated catalogue. */
public final class TopUpChoices {
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private TopUpChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("WorldFirst's bad input",
                        "A `PARAM_ILLEGAL` on a field the buyer typed is a 400 `invalid-field` naming the app's field and"
                        + " WorldFirst's rule; any other unexpected answer is 503 `provider-unavailable` (WorldFirst)",
                        NONE),
                new ChosenRule("Money in the app",
                        "Decimal strings in the currency's major unit (`\"100.00\"`, JPY `\"1136\"`), parsed to `long` "
                        + "minor units (ISO 4217 decimals; CNH 2); rules in order `required`, `number`, `positive`, "
                        + "`decimals-of-the-currency`, `at-most-15-digits`; a currency not of three capitals is "
                        + "`iso-4217-code` (400), one WorldFirst does not take 422 `currency-not-supported`; rates shown "
                        + "with 4 decimals",
                        "TOP-06"),
                new ChosenRule("Idempotency of money steps",
                        "Creating a receiving account and converting accept `idempotencyKey` (≤ " + Inputs.MAX_IDEMPOTENCY_KEY + "; pages send a hidden "
                        + "one, new for each fresh form): the same key in the same journey answers the kept first answer (a"
                        + " journey fact); WorldFirst gets a request id derived from journey + operation + key, so a retry "
                        + "after a crash between WorldFirst's answer and the app's write makes WorldFirst answer the first "
                        + "outcome again, never a second conversion",
                        "TOP-04, TOP-05"),
                new ChosenRule("Unknown conversion outcome",
                        "A `U` from `fund/applyQuote`: the app asks `fund/inquiryConversion` by its request id; found → "
                        + "`converted`; not found → nothing moved, the same request is sent once more; "
                        + "`QUOTE_ALREADY_APPLIED` is also checked against the request id first. A second `U` is 503",
                        "TOP-05"),
                new ChosenRule("Top-up step",
                        "`receiving-account` is done with the first receiving account; `cnh-conversion` with the first "
                        + "conversion into CNH or the first CNH arriving (`FUNDS_RECEIVED` in CNH); until then the "
                        + "progress's next step is `cnh-conversion`",
                        "TOP-07"),
                new ChosenRule("WorldFirst notifications",
                        "`POST /api/v1/worldfirst/notifications`: believed only with WorldFirst's signature (else 401, "
                        + "not acknowledged); `FUNDS_RECEIVED` recorded once per notification (its `notificationId`, else "
                        + "the SHA-256 of its body) with the journey whose `world-account` step holds that World Account "
                        + "id; acknowledged with the app's signature",
                        "TOP-03"));
    }
}
