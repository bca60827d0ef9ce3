package com.buyerjourneykit.reference.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.Map;

/** REST answers: a JSON object; refusals carry {@code status}, {@code error}, {@code message} and, for input, {@code field} and {@code rule}. */
final class JsonReply {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReply() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ObjectNode refusal(int status, String error, String message) {
        return object().put("status", status).put("error", error).put("message", message);
    }

    /** A journey step's answer: {@code result} on success, {@code status}/{@code error}/{@code message} on refusal, and its facts. */
    static void send(Context ctx, StepAnswer answer) {
        ObjectNode body = answer.isSuccess() ? object().put("result", answer.outcome())
                : refusal(answer.status(), answer.outcome(), answer.message());
        answer.facts().forEach((name, value) -> putTyped(body, name, value));
        if (answer.status() == 429) {
            ctx.header("Retry-After", String.valueOf(answer.facts().get("retryAfterSeconds")));
        }
        send(ctx, answer.status(), body);
    }

    /** Numbers stay numbers and booleans booleans, as the OpenAPI contract describes them; lists and records become JSON. */
    private static void putTyped(ObjectNode body, String name, Object value) {
        if (value instanceof Long || value instanceof Integer) {
            body.put(name, ((Number) value).longValue());
        } else if (value instanceof Boolean) {
            body.put(name, (Boolean) value);
        } else if (value instanceof Collection || value instanceof Map || value instanceof Record) {
            body.set(name, JSON.valueToTree(value));
        } else {
            body.put(name, String.valueOf(value));
        }
    }

    static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
