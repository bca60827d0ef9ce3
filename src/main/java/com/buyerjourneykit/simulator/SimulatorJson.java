package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** JSON for the simulator's own answers (WireMock's Jackson is shaded and not ours to use). */
public final class SimulatorJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimulatorJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The text as a JSON object, or empty when it is blank, malformed or not an object. */
    public static Optional<ObjectNode> parseObject(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node instanceof ObjectNode ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode node) {
        return node.toString();
    }
}
