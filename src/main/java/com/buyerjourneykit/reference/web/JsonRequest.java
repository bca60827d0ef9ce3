package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A REST request body read defensively: every problem becomes an {@link InvalidInput} naming the field. */
final class JsonRequest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 200;
    private final JsonNode body;

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    static JsonRequest of(String text) {
        try {
            JsonNode body = JSON.readTree(text == null ? "" : text);
            if (body == null || !body.isObject()) {
                throw notAnObject();
            }
            return new JsonRequest(body);
        } catch (JsonProcessingException e) {
            throw notAnObject();
        }
    }

    /** A string field; {@code null} when absent, so the journey's own rules name what is required. */
    String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInput(field, "string", field + " must be a JSON string");
        }
        if (node.asText().length() > MAX_TEXT) {
            throw new InvalidInput(field, "max-length", field + " must be at most " + MAX_TEXT + " characters");
        }
        return node.asText();
    }

    private static InvalidInput notAnObject() {
        return new InvalidInput("body", "json-object", "the request body must be a JSON object");
    }
}
