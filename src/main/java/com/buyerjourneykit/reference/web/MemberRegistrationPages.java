package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.MemberAccountOpening;
import io.javalin.http.Context;
import java.util.Map;

/** 个人账户注册 with its slider and consents, then the 校验码 page with 重发 and 提交. */
final class MemberRegistrationPages {
    private static final String FORM = "member-registration";
    private static final String CODE = "member-code";
    private final MemberAccountOpening opening;
    private final Journeys journeys;
    private final PageFlow flow;

    MemberRegistrationPages(MemberAccountOpening opening, Journeys journeys, PageFlow flow) {
        this.opening = opening;
        this.journeys = journeys;
        this.flow = flow;
    }

    void showForm(Context ctx) {
        flow.render(ctx, FORM, formModel(ctx));
    }

    void register(Context ctx) {
        flow.step(ctx, FORM, formModel(ctx),
                () -> MemberAnswers.of(opening.register(ctx.pathParam("journeyId"), RegistrationForms.of(ctx))));
    }

    void showCode(Context ctx) {
        flow.render(ctx, CODE, journeyModel(ctx));
    }

    void resendCode(Context ctx) {
        flow.step(ctx, CODE, journeyModel(ctx), () -> MemberAnswers.of(opening.resendCode(ctx.pathParam("journeyId"))));
    }

    void checkCode(Context ctx) {
        flow.step(ctx, CODE, journeyModel(ctx),
                () -> MemberAnswers.of(opening.enterCode(ctx.pathParam("journeyId"), ctx.formParam("code"))));
    }

    /** What the buyer typed comes back into the form, except the passwords; 中国大陆 +86 is preselected, as on 1688. */
    private Map<String, Object> formModel(Context ctx) {
        Map<String, Object> model = journeyModel(ctx);
        PageFlow.with(model, "accountType", ctx.formParamMap().isEmpty() ? "personal" : ctx.formParam("accountType"));
        PageFlow.with(model, "memberName", ctx.formParam("memberName"));
        PageFlow.with(model, "countryCode", ctx.formParamMap().isEmpty() ? "+86" : ctx.formParam("countryCode"));
        PageFlow.with(model, "mobile", ctx.formParam("mobile"));
        PageFlow.with(model, "businessLicence", ctx.formParam("businessLicence"));
        return model;
    }

    /** The page of a known journey; an unknown one is a 404 naming the field. */
    private Map<String, Object> journeyModel(Context ctx) {
        Map<String, Object> model = flow.model(ctx);
        journeys.find(ctx.pathParam("journeyId"));
        return model;
    }
}
