package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The answer a money step gave to an idempotency key, kept as a journey fact: the same key again
 * gets the same answer without asking WorldFirst, and of two racing requests the first kept wins.
 */
final class KeptOutcomes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Journeys journeys;

    KeptOutcomes(Journeys journeys) {
        this.journeys = journeys;
    }

    /** The key as the buyer's page or client sent it; blank is none. */
    static Optional<String> idempotencyKey(String text) {
        return Inputs.idempotencyKey(text);
    }

    Optional<TopUpOutcome> kept(Journey journey, String operation, Optional<String> key) {
        return key.flatMap(found -> journeys.fact(journey, name(operation, found))).map(KeptOutcomes::read);
    }

    /** Keeps a success under the key, if there is one; answers the answer kept first. */
    TopUpOutcome keep(Journey journey, String operation, Optional<String> key, TopUpOutcome answer) {
        return key.map(found -> read(journeys.recordFactOnce(journey, name(operation, found), write(answer)))).orElse(answer);
    }

    private static String name(String operation, String key) {
        return operation + "/" + key;
    }

    private static String write(TopUpOutcome answer) {
        ObjectNode json = JSON.createObjectNode().put("status", answer.status()).put("outcome", answer.outcome());
        json.set("facts", JSON.valueToTree(answer.facts()));
        return json.toString();
    }

    private static TopUpOutcome read(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            TopUpOutcome answer = TopUpOutcome.of(json.path("status").asInt(), json.path("outcome").asText());
            for (Map.Entry<String, JsonNode> fact : json.path("facts").properties()) {
                answer.with(fact.getKey(), fact.getValue().isNumber() ? (Object) fact.getValue().asLong() : fact.getValue().asText());
            }
            return answer;
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a kept answer is not JSON", unreadable);
        }
    }
}
