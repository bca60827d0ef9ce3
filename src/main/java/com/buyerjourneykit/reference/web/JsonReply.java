package com.buyerjourneykit.reference.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

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

    static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
