package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.Journeys;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The page side of a declared route: shows its form, runs the step with what the form posted, and
 * shows what happened on the same page: the outcome banner (with {@code data-outcome} and the
 * answer's facts), or the field that broke a rule.
 */
final class PageFlow {
    private final Pages pages;
    private final Journeys journeys;

    PageFlow(Pages pages, Journeys journeys) {
        this.pages = pages;
        this.journeys = journeys;
    }

    /** {@code GET}: the step's form, for a journey that exists. */
    void show(Context ctx, Route route) {
        render(ctx, route.template(), model(ctx, route));
    }

    /** {@code POST} (or a read-only page's {@code GET}): runs the step and shows its answer, or the rule it broke. */
    void run(Context ctx, Route route, StepRequest request) {
        Map<String, Object> model = model(ctx, route);
        try {
            answer(ctx, route.template(), model, route.handler().answer(request));
        } catch (RuntimeException refusal) {
            refuse(ctx, route.template(), model, refusal);
        }
    }

    /** Shows a refusal on the page when it belongs there; else it leaves for the app-wide answer. */
    void refuse(Context ctx, String page, Map<String, Object> model, RuntimeException refusal) {
        if (!Refusals.shownOnPage(refusal)) {
            throw refusal;
        }
        answer(ctx, page, model, Refusals.answer(refusal));
    }

    void answer(Context ctx, String page, Map<String, Object> model, StepAnswer answer) {
        Language language = Language.of(ctx);
        model.put("outcome", answer.outcome());
        model.put("success", answer.isSuccess());
        model.put("facts", answer.facts());
        model.put("outcomeArgument", argument(language, answer));
        if ("invalid-field".equals(answer.outcome())) {
            model.put("errorField", answer.facts().get("field"));
            model.put("errorRule", answer.facts().get("rule"));
        }
        pages.render(ctx, answer.status(), language, page, model);
    }

    Map<String, Object> model(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("journeyId", ctx.pathParamMap().getOrDefault("journeyId", ""));
        model.put("facts", Map.of());
        return model;
    }

    void render(Context ctx, String page, Map<String, Object> model) {
        pages.render(ctx, 200, Language.of(ctx), page, model);
    }

    /** A journey's page: an unknown journey is a 404 naming the field; what the buyer typed comes back. */
    private Map<String, Object> model(Context ctx, Route route) {
        Map<String, Object> model = model(ctx);
        if (route.isJourneyAction()) {
            model.put("maskedMobile", journeys.find(ctx.pathParam("journeyId")).mobile().masked());
        }
        boolean firstVisit = ctx.formParamMap().keySet().stream().allMatch(FormToken.FIELD::equals);
        route.typedBack().forEach((field, preset) -> with(model, field, firstVisit ? preset : ctx.formParam(field)));
        return model;
    }

    private String argument(Language language, StepAnswer answer) {
        return answer.shownValue()
                .map(value -> answer.shownMessagePrefix().map(prefix -> pages.message(language, prefix + value)).orElse(value))
                .orElse("");
    }

    static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
        model.put(key, value == null ? "" : value);
        return model;
    }
}
