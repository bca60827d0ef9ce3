package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.sms.CodeVerdict;

/** A 校验码 that was not accepted, as the refusal the confirm API answers with. */
final class CodeRefusals {
    private CodeRefusals() {
    }

    static void requireAccepted(CodeVerdict verdict) {
        switch (verdict.outcome()) {
            case ACCEPTED:
                return;
            case WRONG:
                throw new Refusal("SMS_CODE_INVALID", "The code is wrong; " + verdict.remainingAttempts() + " attempts left")
                        .with("remainingAttempts", verdict.remainingAttempts());
            case EXPIRED:
                throw new Refusal("SMS_CODE_EXPIRED", "The code has expired (15 minutes); request a new one");
            case LOCKED:
                throw new Refusal("SMS_CODE_LOCKED", "Too many wrong entries; request a new code");
            case USED:
                throw new Refusal("SMS_CODE_USED", "The code has already been used");
            default:
                throw Registrations.unknown();
        }
    }
}
