package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.catalogue.Spans;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.SmsDelivery;
import java.util.List;

/** Alipay's magic value and the rules we chose for the personal account: its SMS codes (ALI-02, ALI-03, ALI-07) and steps. */
public final class AlipayCatalogue {
    private static final CodeRules CODES = CodeRules.alipayPersonalAccount();
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private AlipayCatalogue() {
    }

    public static List<MagicValue> magicValues() {
        return List.of(new MagicValue("`document_number` starting `" + Identity.FAILING_NUMBER_PREFIX + "`",
                "Alipay identity verification", "`" + PersonalIdentityVerify.VERIFICATION_FAILED
                + "`, the account unchanged"));
    }

    public static List<ChosenRule> choices() {
        int digits = CODES.digits();
        int wrong = CODES.maxWrongAttempts();
        return List.of(
                new ChosenRule("SMS code", digits + " digits, random (SecureRandom)", "ALI-02"),
                new ChosenRule("Resend countdown", Spans.seconds(CODES.resendCooldown())
                        + " (screens show \"Resend(54s)\"); a resend replaces the previous code", "ALI-03"),
                new ChosenRule("Code validity", Spans.minutes(CODES.validity()) + ": "
                        + Spans.acceptedUntil(CODES.validity()), "ALI-07"),
                new ChosenRule("Wrong entries", wrong + " wrong entries lock the code; the " + (wrong + 1)
                        + "th entry (even the right code) is refused as locked; a new code is needed", "ALI-07"),
                new ChosenRule("Malformed codes", "A code that is not " + digits
                        + " digits is refused as bad input and does **not** count as an attempt", "ALI-07"),
                new ChosenRule("Out-of-order `missing_step`",
                        "The **first** step still to do, not the step right before: `address.register` on an account "
                        + "with no code verified says `sms-code`",
                        "ALI-04…06"),
                new ChosenRule("Which refusal comes first",
                        "Bad input (400) before order (out of order) before the `FAIL` magic value: a `FAIL` document"
                        + " on an account without a verified code hears `missing_step: sms-code`",
                        "ALI-04"),
                new ChosenRule("Repeating a step",
                        "Overwrites the step's data; the status never moves back",
                        "ALI-04…06"),
                new ChosenRule("`alipay_user_id`",
                        "`2088` + 12 digits derived from the E.164 mobile (SHA-256 mod 10¹²), so the same buyer has "
                        + "the same id in every run; shown from `CODE_VERIFIED` on",
                        "ALI-01"),
                new ChosenRule("Answers",
                        "Every step and the query answer `account_status` and `alipay_user_id` alike (the SMS verify "
                        + "also keeps `verified: true`)",
                        NONE),
                new ChosenRule("Adulthood",
                        "Judged on the buyer's own virtual clock, on the UTC calendar day: 18 on the 18th birthday; "
                        + "born 29 February → adult on 28 February of a non-leap year",
                        "ALI-04"),
                new ChosenRule("Blank strings",
                        "A blank required field is `required` (not a length rule); a blank optional field "
                        + "(`postal_code`, `email`) counts as not given",
                        NONE),
                new ChosenRule("Lengths",
                        "Counted in Unicode code points, so 100 Chinese characters (even outside the BMP) fit "
                        + "`full_name`",
                        NONE),
                new ChosenRule("Case",
                        "`document_type`, `document_number`, `nationality` and `country` are upper case only; lower "
                        + "case is refused, not corrected",
                        "ALI-04, ALI-05"),
                new ChosenRule("E-mail",
                        "A practical shape (`local@domain.tld` with dot-separated labels, ≤ 254 characters), not all "
                        + "of RFC 5322",
                        "ALI-06"),
                new ChosenRule("Late SMS",
                        Spans.seconds(SmsDelivery.LATE_BY) + " after sending, on the receiving buyer's clock (inclusive)",
                        NONE));
    }
}
