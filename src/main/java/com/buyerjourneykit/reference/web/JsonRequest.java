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

    /** A whole-number field; {@code null} when absent. */
    Integer integer(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidInput(field, "integer", field + " must be a whole JSON number");
        }
        return node.intValue();
    }

    /** A JSON boolean (a ticked or unticked box); {@code null} when absent. */
    Boolean flag(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new InvalidInput(field, "boolean", field + " must be true or false");
        }
        return node.booleanValue();
    }

    private static InvalidInput notAnObject() {
        return new InvalidInput("body", "json-object", "the request body must be a JSON object");
    }
}
