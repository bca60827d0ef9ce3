package com.buyerjourneykit.drivers;

/** Guide section 4B, receiving accounts and balances ("Create new receiving acc"), through some channel. */
public interface ReceivingAccountDriver {

    /** "Preview the account you will create": receiving-account-preview (bankName, collectedCurrencies, …); creates nothing. */
    Answer preview(String journeyId, ReceivingAccountInput account);

    /** "Your receiving account is instantly created": receiving-account-created (accountNo, status, …) or a refusal. */
    Answer create(String journeyId, ReceivingAccountInput account);

    /** The balances: outcome balances, one fact balance&lt;CUR&gt; per currency with an account or money. */
    Answer balances(String journeyId);
}
