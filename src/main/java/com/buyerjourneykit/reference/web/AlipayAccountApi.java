package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountCompletion;
import io.javalin.http.Context;

/**
 * REST for the rest of guide section 1, under {@code /api/v1/journeys/{id}/alipay/}:
 * {@code identity}, {@code address} and {@code personal-details}.
 */
final class AlipayAccountApi {
    private final AlipayAccountCompletion completion;

    AlipayAccountApi(AlipayAccountCompletion completion) {
        this.completion = completion;
    }

    void verifyIdentity(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        JsonReply.send(ctx, AccountAnswers.of(completion.verifyIdentity(ctx.pathParam("journeyId"),
                AccountForms.identity(body::text, completion.today())), AccountAnswers.IDENTITY_VERIFIED));
    }

    void registerAddress(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        JsonReply.send(ctx, AccountAnswers.of(completion.registerAddress(ctx.pathParam("journeyId"),
                AccountForms.address(body::text)), AccountAnswers.ADDRESS_REGISTERED));
    }

    void completePersonalDetails(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        JsonReply.send(ctx, AccountAnswers.of(completion.completePersonalDetails(ctx.pathParam("journeyId"),
                AccountForms.details(body::text)), AccountAnswers.ACCOUNT_COMPLETE));
    }
}
