package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.CodeVerdict;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import com.buyerjourneykit.simulator.sms.SmsDelivery;
import java.time.Duration;

/**
 * WorldFirst's 6-digit codes for one purpose, to a mobile (E.164) or an e-mail address. Both go
 * through the shared delivery, so the SMS magic numbers hold and the harness reads e-mails from
 * the same inbox, under the address. The code goes out before the answer does.
 */
final class VerificationCodes {
    static final String PROVIDER = "worldfirst";
    /** Valid 10 minutes, "Resend(57)" on the screen: 60 s, locked after 5 wrong entries. */
    static final CodeRules RULES = new CodeRules(6, Duration.ofMinutes(10), Duration.ofSeconds(60), 5);
    private final OneTimeCodes codes;
    private final SmsDelivery delivery;

    VerificationCodes(OneTimeCodes codes, SmsDelivery delivery) {
        this.codes = codes;
        this.delivery = delivery;
    }

    /** Sends a fresh code, or refuses while the resend countdown runs. */
    CodeIssue send(String destination, String purpose) {
        CodeIssue issue = codes.issue(destination);
        if (!issue.sent()) {
            throw new Refusal("CODE_SEND_TOO_FREQUENT", "a code was sent moments ago; resend in "
                    + issue.resendInSeconds() + " s").with("resendInSeconds", issue.resendInSeconds());
        }
        String text = "[WorldFirst] " + issue.code() + " is your code to " + purpose + ". It is valid for "
                + issue.validForSeconds() / 60 + " minutes. Never share it.";
        delivery.send(destination, PROVIDER, text, issue.code());
        return issue;
    }

    void requireAccepted(String destination, String code) {
        CodeVerdict verdict = codes.check(destination, code);
        switch (verdict.outcome()) {
            case ACCEPTED:
                return;
            case WRONG:
                throw new Refusal("VERIFICATION_CODE_INVALID", "the code is wrong; " + verdict.remainingAttempts()
                        + " attempts left").with("remainingAttempts", verdict.remainingAttempts());
            case EXPIRED:
                throw new Refusal("VERIFICATION_CODE_EXPIRED", "the code has expired (10 minutes); request a new one");
            case LOCKED:
                throw new Refusal("VERIFICATION_CODE_LOCKED", "too many wrong entries; request a new code");
            case USED:
                throw new Refusal("VERIFICATION_CODE_USED", "the code has already been used");
            default:
                throw new Refusal("VERIFICATION_CODE_NOT_SENT", "no code was sent to this destination; request one");
        }
    }
}
