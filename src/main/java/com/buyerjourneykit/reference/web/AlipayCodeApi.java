package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.CodeCheck;
import com.buyerjourneykit.reference.journey.CodeRequest;
import io.javalin.http.Context;

/**
 * REST for "Enter code for account verification":
 * {@code POST /api/v1/journeys/{id}/alipay/verification-codes} and {@code …/verification-codes/checks}.
 */
final class AlipayCodeApi {
    private final AlipayAccountOpening opening;

    AlipayCodeApi(AlipayAccountOpening opening) {
        this.opening = opening;
    }

    void requestCode(Context ctx) {
        JsonReply.send(ctx, CodeAnswers.of(opening.requestCode(ctx.pathParam("journeyId"))));
    }

    void checkCode(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        JsonReply.send(ctx, CodeAnswers.of(opening.enterCode(ctx.pathParam("journeyId"), body.text("code"))));
    }

    /** Turns code outcomes into answers; shared by REST and pages so both say the same. */
    static final class CodeAnswers {
        private CodeAnswers() {
        }

        static StepAnswer of(CodeRequest request) {
            if (request.sent()) {
                return StepAnswer.success(201, "code-sent").with("resendInSeconds", request.resendInSeconds())
                        .with("validForSeconds", request.validForSeconds());
            }
            return StepAnswer.refusal(429, "resend-too-early", "a new code can be requested in " + request.resendInSeconds() + " s")
                    .with("retryAfterSeconds", request.resendInSeconds());
        }

        static StepAnswer of(CodeCheck check) {
            switch (check.result()) {
                case ACCEPTED:
                    return StepAnswer.success(200, "accepted");
                case WRONG_CODE:
                    return StepAnswer.refusal(422, "wrong-code", "the code is wrong; " + check.remainingAttempts() + " attempts left")
                            .with("remainingAttempts", check.remainingAttempts());
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
}
