package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;

/** A step request from a REST call: the journey from the path, the fields from the JSON body. */
final class JsonStepRequest implements StepRequest {
    private final String journeyId;
    private final JsonRequest body;

    private JsonStepRequest(String journeyId, JsonRequest body) {
        this.journeyId = journeyId;
        this.body = body;
    }

    /** The body is read, and refused unless a JSON object, before the step runs; without {@code needsBody} none may be sent. */
    static JsonStepRequest of(Context ctx, boolean needsBody) {
        String body = ctx.body();
        return new JsonStepRequest(ctx.pathParamMap().getOrDefault("journeyId", ""),
                JsonRequest.of(body.isEmpty() && !needsBody ? "{}" : body));
    }

    @Override
    public String journeyId() {
        return journeyId;
    }

    @Override
    public String text(String field) {
        return body.text(field);
    }

    @Override
    public String longText(String field) {
        return body.text(field, Refusals.MAX_BODY_BYTES);
    }

    @Override
    public Integer integer(String field) {
        return body.integer(field);
    }

    @Override
    public Boolean flag(String field) {
        return body.flag(field);
    }
}
