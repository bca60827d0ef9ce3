package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.Progress;
import io.javalin.http.Context;
import java.util.Map;

/** The guide's six steps, starting or resuming a journey by mobile number, and the progress page. */
final class JourneyPages {
    private static final String STARTED = "journey-started";
    private static final String RESUMED = "journey-resumed";
    private final Journeys journeys;
    private final PageFlow flow;

    JourneyPages(Journeys journeys, PageFlow flow) {
        this.journeys = journeys;
        this.flow = flow;
    }

    void home(Context ctx) {
        Map<String, Object> model = flow.model(ctx);
        PageFlow.with(model, "countryCode", "+60");
        flow.render(ctx, "home", model);
    }

    void start(Context ctx) {
        Map<String, Object> model = flow.model(ctx);
        PageFlow.with(model, "countryCode", ctx.formParam("countryCode"));
        PageFlow.with(model, "mobile", ctx.formParam("mobile"));
        try {
            Journeys.Started started = journeys.start(ctx.formParam("countryCode"), ctx.formParam("mobile"));
            RequestLog.rememberBuyer(ctx, started.journey().mobile().masked());
            ctx.redirect("/" + Language.of(ctx).tag() + "/journeys/" + started.journey().id() + "?outcome="
                    + (started.isNew() ? STARTED : RESUMED));
        } catch (InvalidInput invalid) {
            flow.refuse(ctx, "home", model, invalid);
        }
    }

    void progress(Context ctx) {
        Journey journey = journeys.find(ctx.pathParam("journeyId"));
        Map<String, Object> model = flow.model(ctx);
        Progress progress = journeys.progress(journey);
        model.put("maskedMobile", journey.mobile().masked());
        model.put("guideSteps", progress.guideSteps());
        model.put("next", progress.next().map(step -> step.id()).orElse(""));
        model.put("nextPath", progress.next().map(JourneyStep::path).orElse(""));
        String outcome = ctx.queryParam("outcome");
        if (STARTED.equals(outcome) || RESUMED.equals(outcome)) {
            model.put("outcome", outcome);
        }
        flow.render(ctx, "journey", model);
    }
}
