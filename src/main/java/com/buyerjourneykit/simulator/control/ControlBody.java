package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The JSON body of a control call; a field missing or of the wrong JSON type throws {@link InvalidControlField}. */
public final class ControlBody {
    private final ObjectNode json;

    private ControlBody(ObjectNode json) {
        this.json = json;
    }

    /** A body that is empty, malformed or not an object reads as an object without fields. */
    public static ControlBody parse(String body) {
        return new ControlBody(SimulatorJson.parseObject(body).orElseGet(SimulatorJson::object));
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
}
