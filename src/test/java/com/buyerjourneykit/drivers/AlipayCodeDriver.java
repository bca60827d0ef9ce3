package com.buyerjourneykit.drivers;

/**
 * Guide section 1, "Enter code for account verification", through some channel: the buyer asks
 * Alipay for a code by SMS and enters it.
 */
public interface AlipayCodeDriver {

    /** Outcome code-sent (resendInSeconds, validForSeconds) or resend-too-early (retryAfterSeconds). */
    Answer requestCode(String journeyId);

    /** Outcome accepted, or a refusal: wrong-code (remainingAttempts), code-expired, code-used, code-locked, no-code-requested. */
    Answer enterCode(String journeyId, String code);
}
