package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The JSON body of a control call; reading a field of the wrong JSON type throws {@link InvalidParameter}. */
final class ControlBody {
    private final ObjectNode json;

    private ControlBody(ObjectNode json) {
        this.json = json;
    }

    /** A body that is empty, malformed or not an object reads as an object without fields. */
    static ControlBody parse(String body) {
        return new ControlBody(SimulatorJson.parseObject(body).orElseGet(SimulatorJson::object));
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> InvalidParameter.missing(field));
    }

    Optional<String> optionalText(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidParameter(field, "string", field + " must be a JSON string");
        }
        return Optional.of(node.asText()).filter(text -> !text.isBlank());
    }

    boolean flag(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidParameter(field, "boolean", field + " must be true or false");
        }
        return node.asBoolean();
    }
}
