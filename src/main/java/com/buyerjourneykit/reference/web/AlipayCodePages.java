package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.Journeys;
import io.javalin.http.Context;
import java.util.Map;

/** "Enter code for account verification": send the code, enter it, resend after the countdown. */
final class AlipayCodePages {
    private static final String PAGE = "alipay-code";
    private final AlipayAccountOpening opening;
    private final Journeys journeys;
    private final PageFlow flow;

    AlipayCodePages(AlipayAccountOpening opening, Journeys journeys, PageFlow flow) {
        this.opening = opening;
        this.journeys = journeys;
        this.flow = flow;
    }

    void show(Context ctx) {
        flow.render(ctx, PAGE, model(ctx));
    }

    void requestCode(Context ctx) {
        flow.step(ctx, PAGE, model(ctx), () -> AlipayCodeApi.CodeAnswers.of(opening.requestCode(ctx.pathParam("journeyId"))));
    }

    void checkCode(Context ctx) {
        flow.step(ctx, PAGE, model(ctx),
                () -> AlipayCodeApi.CodeAnswers.of(opening.enterCode(ctx.pathParam("journeyId"), ctx.formParam("code"))));
    }

    private Map<String, Object> model(Context ctx) {
        Map<String, Object> model = flow.model(ctx);
        model.put("maskedMobile", journeys.find(ctx.pathParam("journeyId")).mobile().masked());
        return model;
    }
}
