package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A list in a REST answer turned into facts named by each row's key, {@code <prefix>.<key>} = the row's value, as a page's rows give them. */
final class RowFacts {
    private RowFacts() {
    }

    static Answer add(Answer answer, JsonNode rows, String prefix, String keyField, String valueField) {
        Map<String, String> facts = new LinkedHashMap<>(answer.facts());
        rows.forEach(row -> facts.put(prefix + "." + row.path(keyField).asText(), row.path(valueField).asText()));
        return Answer.of(answer.outcome(), facts);
    }
}
