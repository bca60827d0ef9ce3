package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST request body read defensively: every problem becomes an {@link InvalidInput} naming the field.
 * Strict, because leniency was exploitable: with a repeated key the last value won (a wrong code and
 * then the right one passed), and text after the object was silently dropped.
 */
final class JsonRequest {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern REPEATED_KEY = Pattern.compile("Duplicate field '([^']*)'");
    static final int MAX_TEXT = 200;
    private final JsonNode body;

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    static JsonRequest of(String text) {
        try (JsonParser parser = JSON.createParser(text == null ? "" : text)) {
            JsonNode body = JSON.readTree(parser);
            if (body == null || !body.isObject()) {
                throw notAnObject();
            }
            requireNothingAfter(parser);
            return new JsonRequest(body);
        } catch (JsonProcessingException e) {
            throw repeatedKeyOrNotAnObject(e);
        } catch (IOException e) {
            throw notAnObject();
        }
    }

    private static void requireNothingAfter(JsonParser parser) {
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (IOException e) {
            // whatever follows, even unreadable text, is more than the one object
        }
        throw new InvalidInput("body", "single-json-object", "the request body must be one JSON object and nothing after it");
    }

    private static InvalidInput repeatedKeyOrNotAnObject(JsonProcessingException e) {
        Matcher repeated = REPEATED_KEY.matcher(e.getOriginalMessage());
        if (repeated.find()) {
            return new InvalidInput(repeated.group(1), "unique-keys", repeated.group(1) + " must be given once, not repeated");
        }
        return notAnObject();
    }

    /** A string field; {@code null} when absent, so the journey's own rules name what is required. */
    String text(String field) {
        return text(field, MAX_TEXT);
    }

    /** As {@link #text(String)}, at most {@code maxLength} characters. */
    String text(String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInput(field, "string", field + " must be a JSON string");
        }
        if (node.asText().length() > maxLength) {
            throw new InvalidInput(field, "max-length", field + " must be at most " + maxLength + " characters");
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
