package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.ExistingMemberAccount;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.MemberAlipayVerification;
import io.javalin.http.Context;
import java.util.Map;

/** 支付宝账户管理 → 现在去认证, and signing in with a 1688 account the buyer already has (JRN-03). */
final class MemberVerificationPages {
    private static final String VERIFICATION = "member-verification";
    private static final String EXISTING = "member-existing";
    private final MemberAlipayVerification verification;
    private final ExistingMemberAccount existing;
    private final Journeys journeys;
    private final PageFlow flow;

    MemberVerificationPages(MemberAlipayVerification verification, ExistingMemberAccount existing, Journeys journeys,
                            PageFlow flow) {
        this.verification = verification;
        this.existing = existing;
        this.journeys = journeys;
        this.flow = flow;
    }

    void showVerification(Context ctx) {
        flow.render(ctx, VERIFICATION, model(ctx));
    }

    void verify(Context ctx) {
        flow.step(ctx, VERIFICATION, model(ctx), () -> MemberAnswers.of(verification.verify(ctx.pathParam("journeyId"))));
    }

    void showExisting(Context ctx) {
        flow.render(ctx, EXISTING, model(ctx));
    }

    void linkExisting(Context ctx) {
        Map<String, Object> model = PageFlow.with(model(ctx), "memberName", ctx.formParam("memberName"));
        flow.step(ctx, EXISTING, model, () -> MemberAnswers.of(existing.link(ctx.pathParam("journeyId"),
                ctx.formParam("memberName"), ctx.formParam("password"))));
    }

    private Map<String, Object> model(Context ctx) {
        journeys.find(ctx.pathParam("journeyId"));
        return PageFlow.with(flow.model(ctx), "memberName", "");
    }
}
