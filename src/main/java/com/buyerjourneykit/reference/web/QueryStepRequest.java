package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;

/**
 * What a read-only page or its REST twin was asked, read from the query string the same way for
 * both ({@code GET /api/v1/help?at=…} and {@code GET /en/help?at=…}); it belongs to no journey.
 */
final class QueryStepRequest implements StepRequest {
    private final Context ctx;

    QueryStepRequest(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public String journeyId() {
        return "";
    }

    @Override
    public String text(String field) {
        return ctx.queryParam(field);
    }

    @Override
    public String longText(String field) {
        return text(field);
    }

    @Override
    public Integer integer(String field) {
        return new FormValue(field, text(field)).integer();
    }

    @Override
    public Boolean flag(String field) {
        return "true".equals(text(field));
    }
}
