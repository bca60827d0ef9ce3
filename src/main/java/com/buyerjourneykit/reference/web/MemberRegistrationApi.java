package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.MemberAccountOpening;
import io.javalin.http.Context;

/**
 * REST for "Register for a 1688 personal account": {@code POST /api/v1/journeys/{id}/1688/registration},
 * {@code …/registration/resend} and {@code …/registration/code-checks}.
 */
final class MemberRegistrationApi {
    private final MemberAccountOpening opening;

    MemberRegistrationApi(MemberAccountOpening opening) {
        this.opening = opening;
    }

    void register(Context ctx) {
        JsonReply.send(ctx, MemberAnswers.of(opening.register(ctx.pathParam("journeyId"),
                RegistrationForms.of(JsonRequest.of(ctx.body())))));
    }

    void resendCode(Context ctx) {
        JsonRequest.of(ctx.body());
        JsonReply.send(ctx, MemberAnswers.of(opening.resendCode(ctx.pathParam("journeyId"))));
    }

    void checkCode(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        JsonReply.send(ctx, MemberAnswers.of(opening.enterCode(ctx.pathParam("journeyId"), body.text("code"))));
    }
}
