package com.buyerjourneykit.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a JSON object from key/value pairs in order, repeats allowed, which no object mapper would write. */
final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {
    }

    static String object(List<Map.Entry<String, Object>> pairs) {
        return pairs.stream().map(pair -> value(pair.getKey()) + ":" + value(pair.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A value as JSON; a {@link Raw} goes in as written (a huge number, a broken token). */
    static String value(Object value) {
        if (value instanceof Raw raw) {
            return raw.text();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value, e);
        }
    }

    /** JSON text written as is. */
    record Raw(String text) {
    }
}
