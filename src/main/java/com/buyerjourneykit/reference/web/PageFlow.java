package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.StepAlreadyDone;
import com.buyerjourneykit.reference.journey.StepNotReady;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one journey step for a page and shows what happened on that page: the outcome banner
 * (with {@code data-outcome} and the answer's facts), or the field that broke a rule.
 */
final class PageFlow {
    private final Pages pages;

    PageFlow(Pages pages) {
        this.pages = pages;
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

    /** Runs {@code step} and renders {@code page} with its answer, or with the rule it broke. */
    void step(Context ctx, String page, Map<String, Object> model, Supplier<StepAnswer> step) {
        Language language = Language.of(ctx);
        try {
            StepAnswer answer = step.get();
            model.put("outcome", answer.outcome());
            model.put("success", answer.isSuccess());
            model.put("facts", answer.facts());
            model.put("outcomeArgument", argument(language, answer.facts()));
            pages.render(ctx, answer.status(), language, page, model);
        } catch (InvalidInput invalid) {
            model.put("outcome", "invalid-field");
            model.put("errorField", invalid.field());
            model.put("errorRule", invalid.rule());
            pages.render(ctx, 400, language, page, model);
        } catch (StepNotReady notReady) {
            model.put("outcome", "step-not-ready");
            model.put("facts", Map.of("missingStep", notReady.missing().id()));
            model.put("outcomeArgument", pages.message(language, "step.id." + notReady.missing().id()));
            pages.render(ctx, 409, language, page, model);
        } catch (StepAlreadyDone done) {
            model.put("outcome", "step-already-done");
            model.put("success", false);
            model.put("facts", Map.of("doneStep", done.done().id()));
            model.put("outcomeArgument", pages.message(language, "step.id." + done.done().id()));
            pages.render(ctx, 409, language, page, model);
        }
    }

    private static String argument(Language language, Map<String, Object> facts) {
        for (String fact : new String[] {"remainingAttempts", "retryAfterSeconds", "alipayUserId"}) {
            if (facts.containsKey(fact)) {
                return String.valueOf(facts.get(fact));
            }
        }
        return "";
    }

    static Map<String, Object> with(Map<String, Object> model, String key, Object value) {
        model.put(key, value == null ? "" : value);
        return model;
    }
}
