package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import io.javalin.http.Context;

/** A step request from a page form: every value is text, and a ticked box posts {@code true}. */
final class FormStepRequest implements StepRequest {
    private final Context ctx;

    FormStepRequest(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public String journeyId() {
        return ctx.pathParamMap().getOrDefault("journeyId", "");
    }

    @Override
    public String text(String field) {
        return ctx.formParam(field);
    }

    @Override
    public Integer integer(String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, "integer", field + " must be a whole number");
        }
    }

    @Override
    public Boolean flag(String field) {
        return "true".equals(ctx.formParam(field));
    }
}
