package com.buyerjourneykit.simulator.sms;

import java.time.Duration;

/**
 * How a one-time code behaves. The seeds show 6 digits and a resend countdown ("Resend(54s)");
 * validity and the attempt limit are our choices (REQUIREMENTS ALI-07), configurable per provider.
 */
public record CodeRules(int digits, Duration validity, Duration resendCooldown, int maxWrongAttempts) {

    /** Alipay personal account: 6 digits, valid 5 minutes, resend after 60 s, locked after 5 wrong entries. */
    public static CodeRules alipayPersonalAccount() {
        return new CodeRules(6, Duration.ofMinutes(5), Duration.ofSeconds(60), 5);
    }

    /** 1688 member registration: "valid 15 minutes", resend after 60 s (重发(52 s) on the screen). */
    public static CodeRules member1688() {
        return new CodeRules(6, Duration.ofMinutes(15), Duration.ofSeconds(60), 5);
    }
}
