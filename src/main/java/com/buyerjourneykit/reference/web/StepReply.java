package com.buyerjourneykit.reference.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** A step's answer as REST sends it: {@code result} or the refusal, the facts beside it, {@code Retry-After} on 429. */
final class StepReply {
    private StepReply() {
    }

    static void send(Context ctx, StepAnswer answer) {
        ObjectNode body = answer.isSuccess() ? JsonReply.object().put("result", answer.outcome())
                : JsonReply.refusal(answer.status(), answer.outcome(), answer.message());
        answer.facts().forEach(body::put);
        if (answer.status() == 429) {
            ctx.header("Retry-After", answer.facts().get("retryAfterSeconds"));
        }
        JsonReply.send(ctx, answer.status(), body);
    }
}
