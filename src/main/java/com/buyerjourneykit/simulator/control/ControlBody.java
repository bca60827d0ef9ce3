package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.JsonRefusal;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The JSON body of a control call, read as strictly as the providers read theirs: one object,
 * every key once. A field missing or of the wrong JSON type throws {@link InvalidControlField}.
 */
public final class ControlBody {
    private final ObjectNode json;

    private ControlBody(ObjectNode json) {
        this.json = json;
    }

    /** An empty body reads as an object without fields; anything else must be exactly one JSON object. */
    public static ControlBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new ControlBody(SimulatorJson.object());
        }
        try {
            return new ControlBody(SimulatorJson.strictObject(body, "body"));
        } catch (JsonRefusal refused) {
            throw InvalidControlField.of(refused);
        }
    }

    public String text(String field) {
        return optionalText(field).orElseThrow(
                () -> new InvalidControlField(field, "required", field + " is required"));
    }

    public Optional<String> optionalText(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidControlField(field, "string", field + " must be a JSON string");
        }
        return Optional.of(node.asText()).filter(text -> !text.isBlank());
    }

    public boolean flag(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidControlField(field, "boolean", field + " must be true or false");
        }
        return node.asBoolean();
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent; rule {@code whole-number-<min>-<max>}. */
    public long wholeNumber(String field, long min, long max, long fallback) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw new InvalidControlField(field, "whole-number-" + min + "-" + max,
                    field + " must be a whole number from " + min + " to " + max);
        }
        return node.asLong();
    }

    /** The raw field, for rules of its own; a missing node when absent. */
    public JsonNode node(String field) {
        return json.path(field);
    }
}
