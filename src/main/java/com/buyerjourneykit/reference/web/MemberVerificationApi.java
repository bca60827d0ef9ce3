package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.ExistingMemberAccount;
import com.buyerjourneykit.reference.journey.MemberAlipayVerification;
import io.javalin.http.Context;

/**
 * REST for "Verify your 1688 account with Alipay personal account" ({@code POST …/1688/alipay-verification})
 * and for signing in with a 1688 account the buyer already has ({@code POST …/1688/existing-account}).
 */
final class MemberVerificationApi {
    private final MemberAlipayVerification verification;
    private final ExistingMemberAccount existing;

    MemberVerificationApi(MemberAlipayVerification verification, ExistingMemberAccount existing) {
        this.verification = verification;
        this.existing = existing;
    }

    void verify(Context ctx) {
        JsonRequest.of(ctx.body());
        JsonReply.send(ctx, MemberAnswers.of(verification.verify(ctx.pathParam("journeyId"))));
    }

    void linkExisting(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        JsonReply.send(ctx, MemberAnswers.of(existing.link(ctx.pathParam("journeyId"), body.text("memberName"),
                body.text("password"))));
    }
}
