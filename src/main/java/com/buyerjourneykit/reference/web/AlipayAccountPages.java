package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountCompletion;
import com.buyerjourneykit.reference.journey.Journeys;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/** The pages "Verify Identity", "Register location and address" and "Complete Personal Details". */
final class AlipayAccountPages {
    static final String IDENTITY = "alipay-identity";
    static final String ADDRESS = "alipay-address";
    static final String DETAILS = "alipay-personal-details";
    private final AlipayAccountCompletion completion;
    private final Journeys journeys;
    private final PageFlow flow;

    AlipayAccountPages(AlipayAccountCompletion completion, Journeys journeys, PageFlow flow) {
        this.completion = completion;
        this.journeys = journeys;
        this.flow = flow;
    }

    /** The step's empty form, for a journey that exists. */
    Handler show(String page) {
        return ctx -> {
            journeys.find(ctx.pathParam("journeyId"));
            flow.render(ctx, page, flow.model(ctx));
        };
    }

    void verifyIdentity(Context ctx) {
        flow.step(ctx, IDENTITY, typedBack(ctx, AccountForms.IDENTITY), () -> AccountAnswers.of(completion.verifyIdentity(
                ctx.pathParam("journeyId"), AccountForms.identity(ctx::formParam, completion.today())), AccountAnswers.IDENTITY_VERIFIED));
    }

    void registerAddress(Context ctx) {
        flow.step(ctx, ADDRESS, typedBack(ctx, AccountForms.ADDRESS), () -> AccountAnswers.of(completion.registerAddress(
                ctx.pathParam("journeyId"), AccountForms.address(ctx::formParam)), AccountAnswers.ADDRESS_REGISTERED));
    }

    void completePersonalDetails(Context ctx) {
        flow.step(ctx, DETAILS, typedBack(ctx, AccountForms.DETAILS), () -> AccountAnswers.of(completion.completePersonalDetails(
                ctx.pathParam("journeyId"), AccountForms.details(ctx::formParam)), AccountAnswers.ACCOUNT_COMPLETE));
    }

    /** The page again with what the buyer typed, so a refused field is corrected rather than retyped. */
    private Map<String, Object> typedBack(Context ctx, List<String> fields) {
        Map<String, Object> model = flow.model(ctx);
        fields.forEach(field -> PageFlow.with(model, field, ctx.formParam(field)));
        return model;
    }
}
