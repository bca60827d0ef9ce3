package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AccountStep;

/** Turns what Alipay said to an account step into an answer; shared by REST and pages so both say the same. */
final class AccountAnswers {
    static final String IDENTITY_VERIFIED = "identity-verified";
    static final String ADDRESS_REGISTERED = "address-registered";
    static final String ACCOUNT_COMPLETE = "alipay-account-complete";

    private AccountAnswers() {
    }

    /** {@code doneOutcome} names the step's success: identity-verified, address-registered, alipay-account-complete. */
    static StepAnswer of(AccountStep step, String doneOutcome) {
        if (step.isDone()) {
            return StepAnswer.success(200, doneOutcome).with("alipayUserId", step.alipayUserId());
        }
        return StepAnswer.refusal(422, "identity-verification-failed",
                "Alipay's Verification Center could not verify this identity document");
    }
}
