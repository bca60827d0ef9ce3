package com.buyerjourneykit.reference.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer a step gave to an idempotency key, kept as a journey fact under
 * {@code <operation>/<key>}: the same key again gets the same answer without asking the provider,
 * and of two racing requests the first kept wins. Facts are kept as text, numbers as numbers.
 */
public final class KeptAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Journeys journeys;
    private final String operation;

    public KeptAnswers(Journeys journeys, String operation) {
        this.journeys = journeys;
        this.operation = operation;
    }

    /** A kept answer: its HTTP-like status, outcome id and facts in order. */
    public record Kept(int status, String outcome, Map<String, Object> facts) {
    }

    public Optional<Kept> kept(Journey journey, Optional<String> key) {
        return key.flatMap(found -> journeys.fact(journey, name(found))).map(KeptAnswers::read);
    }

    /** Keeps a success under the key, if there is one; answers the answer kept first. */
    public Kept keep(Journey journey, Optional<String> key, Kept answer) {
        return key.map(found -> read(journeys.recordFactOnce(journey, name(found), write(answer)))).orElse(answer);
    }

    private String name(String key) {
        return operation + "/" + key;
    }

    private static String write(Kept answer) {
        ObjectNode json = JSON.createObjectNode().put("status", answer.status()).put("outcome", answer.outcome());
        json.set("facts", JSON.valueToTree(answer.facts()));
        return json.toString();
    }

    private static Kept read(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            Map<String, Object> facts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> fact : json.path("facts").properties()) {
                JsonNode value = fact.getValue();
                facts.put(fact.getKey(), value.isNumber() ? (Object) value.asLong() : value.asText());
            }
            return new Kept(json.path("status").asInt(), json.path("outcome").asText(), facts);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a kept answer is not JSON", unreadable);
        }
    }
}
