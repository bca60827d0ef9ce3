package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.web.StepAnswer;

/** Turns Alipay's code outcomes into answers; shared by REST and pages so both say the same. */
final class CodeAnswers {
    private CodeAnswers() {
    }

    static StepAnswer of(CodeRequest request) {
        if (request.sent()) {
            return StepAnswer.success(201, "code-sent").with("resendInSeconds", request.resendInSeconds())
                    .with("validForSeconds", request.validForSeconds());
        }
        return StepAnswer.refusal(429, "resend-too-early", "a new code can be requested in " + request.resendInSeconds() + " s")
                .showing("retryAfterSeconds", request.resendInSeconds());
    }

    static StepAnswer of(CodeCheck check) {
        switch (check.result()) {
            case ACCEPTED:
                return StepAnswer.success(200, "accepted");
            case WRONG_CODE:
                return StepAnswer.refusal(422, "wrong-code", "the code is wrong; " + check.remainingAttempts() + " attempts left")
                        .showing("remainingAttempts", check.remainingAttempts());
            case EXPIRED:
                return StepAnswer.refusal(422, "code-expired", "the code has expired; request a new one");
            case LOCKED:
                return StepAnswer.refusal(422, "code-locked", "too many wrong entries locked the code; request a new one");
            case USED:
                return StepAnswer.refusal(422, "code-used", "the code has already been used");
            default:
                return StepAnswer.refusal(404, "no-code-requested", "no code was requested for this mobile number; request one first")
                        .with("field", "mobile").with("rule", "code-requested-first");
        }
    }
}
