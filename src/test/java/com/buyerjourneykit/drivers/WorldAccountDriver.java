package com.buyerjourneykit.drivers;

/** What a buyer does in guide section 3, "Register for a World account", through some channel. */
public interface WorldAccountDriver {

    /** "Send code": outcome code-sent (maskedDestination, resendInSeconds, validForSeconds) or resend-too-early. */
    Answer requestCode(String journeyId, CodeRequestInput request);

    /** Creating the account: world-account-opened (worldAccountId, maskedMobile, marketInsightsConsent) or a refusal. */
    Answer open(String journeyId, WorldAccountInput account);
}
