package com.buyerjourneykit.reference.web;

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
    public String longText(String field) {
        return text(field);
    }

    @Override
    public Integer integer(String field) {
        return new FormValue(field, ctx.formParam(field)).integer();
    }

    @Override
    public Boolean flag(String field) {
        return "true".equals(ctx.formParam(field));
    }
}
