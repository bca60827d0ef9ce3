package com.buyerjourneykit.simulator.sms;

/** The answer to "send me a code": sent (with the code), or refused until the countdown ends. */
public record CodeIssue(boolean sent, String code, long resendInSeconds, long validForSeconds) {

    static CodeIssue sent(String code, CodeRules rules) {
        return new CodeIssue(true, code, rules.resendCooldown().toSeconds(), rules.validity().toSeconds());
    }

    static CodeIssue tooEarly(long secondsLeft) {
        return new CodeIssue(false, null, secondsLeft, 0);
    }
}
