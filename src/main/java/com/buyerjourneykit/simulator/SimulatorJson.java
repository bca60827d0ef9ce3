package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * JSON for the simulator (WireMock's Jackson is shaded and not ours to use). Input is read
 * strictly, by every provider and the control API alike: one object, every key once. Read
 * leniently, {@code {"code":"wrong","code":"right"}} passed a code check and
 * {@code {…} {…}} was taken for its first half.
 */
public final class SimulatorJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SimulatorJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * The text as exactly one JSON object, or a {@link JsonRefusal}: {@code name} with rule
     * {@code json-object} (not JSON, or not an object) or {@code single-json-object} (text after
     * it), or the repeated key with rule {@code no-duplicate-keys}.
     */
    public static ObjectNode strictObject(String text, String name) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode node = readOne(parser, name);
            if (!(node instanceof ObjectNode object)) {
                throw notAnObject(name);
            }
            requireNothingAfter(parser, name);
            return object;
        } catch (IOException unreadable) {
            throw notAnObject(name);
        }
    }

    /** For identifying a request only (whose buyer?), never for acting on it: empty unless an object. */
    public static Optional<ObjectNode> lenientObject(String text) {
        try {
            return Optional.of(strictObject(text, "body"));
        } catch (JsonRefusal refused) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode node) {
        return node.toString();
    }

    private static JsonNode readOne(JsonParser parser, String name) throws IOException {
        try {
            return MAPPER.readTree(parser);
        } catch (StreamReadException broken) {
            if (String.valueOf(broken.getOriginalMessage()).startsWith("Duplicate")) {
                String key = parser.currentName();
                throw new JsonRefusal(key, "no-duplicate-keys", key + " must be given once");
            }
            throw notAnObject(name);
        }
    }

    private static void requireNothingAfter(JsonParser parser, String name) throws IOException {
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (StreamReadException garbage) {
            // not JSON after the object is as much "something after it" as a second object
        }
        throw new JsonRefusal(name, "single-json-object", name + " must be one JSON object with nothing after it");
    }

    private static JsonRefusal notAnObject(String name) {
        return new JsonRefusal(name, "json-object", name + " must be a JSON object");
    }
}
