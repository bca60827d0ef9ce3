package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.catalogue.Spans;
import com.buyerjourneykit.simulator.sms.CodeRules;
import java.util.List;

/** Alipay's magic value and the code rules we chose for the personal account's SMS (ALI-02, ALI-03, ALI-07). */
public final class AlipayCatalogue {
    private static final CodeRules CODES = CodeRules.alipayPersonalAccount();

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
                        + " digits is refused as bad input and does **not** count as an attempt", "ALI-07"));
    }
}
