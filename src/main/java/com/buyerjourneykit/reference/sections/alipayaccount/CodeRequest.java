package com.buyerjourneykit.reference.sections.alipayaccount;

/** What the provider said to "send me a code": sent, or not before the countdown ends. */
public record CodeRequest(boolean sent, long resendInSeconds, long validForSeconds) {

    public static CodeRequest sent(long resendInSeconds, long validForSeconds) {
        return new CodeRequest(true, resendInSeconds, validForSeconds);
    }

    public static CodeRequest tooEarly(long secondsLeft) {
        return new CodeRequest(false, secondsLeft, 0);
    }
}
