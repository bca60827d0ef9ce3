package com.buyerjourneykit.simulator.sms;

import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.catalogue.Spans;
import java.util.List;

/** The SMS magic numbers every provider honours, read from {@link SmsDelivery}'s own constants. */
public final class SmsCatalogue {
    private static final String EVERY_SMS = "every SMS of every provider";

    private SmsCatalogue() {
    }

    public static List<MagicValue> magicValues() {
        return List.of(
                new MagicValue("mobiles `" + shown(SmsDelivery.NEVER_RECEIVES_LAST_DIGIT) + "` (any NNN)", EVERY_SMS,
                        "the send succeeds, the SMS never arrives"),
                new MagicValue("mobiles `" + shown(SmsDelivery.RECEIVES_LATE_LAST_DIGIT) + "` (any NNN)", EVERY_SMS,
                        "the SMS arrives " + Spans.seconds(SmsDelivery.LATE_BY) + " late (on that buyer's clock)"));
    }

    /** One number of a magic range, e.g. {@code +60190000009}, for tests and examples. */
    public static String example(char lastDigit) {
        return SmsDelivery.MAGIC_RANGE + "000" + lastDigit;
    }

    /** +6019000 and 9 read as "+60 19-000 NNN9", the way Malaysian mobiles are written. */
    private static String shown(char lastDigit) {
        String range = SmsDelivery.MAGIC_RANGE;
        return range.substring(0, 3) + " " + range.substring(3, 5) + "-" + range.substring(5) + " NNN" + lastDigit;
    }

    /** "6 digits, valid 10 minutes (accepted at 9:59, refused at 10:00), resend after 60 s …": a provider's code rules. */
    public static String describe(CodeRules rules) {
        return rules.digits() + " digits, valid " + Spans.minutes(rules.validity()) + " (" + Spans.acceptedUntil(rules.validity())
                + "), resend after " + Spans.seconds(rules.resendCooldown()) + " (a resend replaces the code), "
                + rules.maxWrongAttempts() + " wrong entries lock it, used once; on the buyer's clock";
    }
}
