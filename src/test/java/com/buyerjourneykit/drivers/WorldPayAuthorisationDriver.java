package com.buyerjourneykit.drivers;

/** What a buyer does in guide section 4A, "Authorise your 1688 account with WorldFirst", through some channel. */
public interface WorldPayAuthorisationDriver {

    /** "Confirm authorisation agreement": authorisation-code-sent (maskedDestination, resendInSeconds, …) or a refusal. */
    Answer authorise(String journeyId, AuthorisationInput authorisation);

    /** "Resend(57)": authorisation-code-sent, or resend-too-early (retryAfterSeconds). */
    Answer resendCode(String journeyId);

    /** "Confirm" with the 6-digit code: worldpay-activated (alibaba1688Id) or a refusal. */
    Answer confirm(String journeyId, String code);

    /** "Manage 1688.com accounts": linked-1688-accounts (count, linked1688Ids comma-separated, in linking order). */
    Answer linked1688Accounts(String journeyId);
}
