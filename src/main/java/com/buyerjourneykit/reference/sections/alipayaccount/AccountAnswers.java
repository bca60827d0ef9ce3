package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.web.StepAnswer;

/** Turns what Alipay said to an account step into an answer; shared by REST and pages so both say the same. */
final class AccountAnswers {
    private AccountAnswers() {
    }

    static StepAnswer identity(AccountStep step) {
        return of(step, "identity-verified");
    }

    static StepAnswer address(AccountStep step) {
        return of(step, "address-registered");
    }

    static StepAnswer details(AccountStep step) {
        return of(step, "alipay-account-complete");
    }

    private static StepAnswer of(AccountStep step, String doneOutcome) {
        if (step.isDone()) {
            return StepAnswer.success(200, doneOutcome).showing("alipayUserId", step.alipayUserId());
        }
        return StepAnswer.refusal(422, "identity-verification-failed",
                "Alipay's Verification Center could not verify this identity document");
    }
}
