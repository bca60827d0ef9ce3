package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The order an idempotency key placed, kept as a journey fact: the same key again answers the same
 * order without asking 1688, so a buyer who sends the form twice gets one order.
 */
final class KeptOrders {
    static final int MAX_KEY = 64;
    private static final String FACT = "1688-order/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Journeys journeys;

    KeptOrders(Journeys journeys) {
        this.journeys = journeys;
    }

    /** The key as the buyer's page or client sent it; blank is none. */
    static Optional<String> idempotencyKey(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_KEY) {
            throw new InvalidInput("idempotencyKey", "max-length-64", "idempotencyKey must be at most " + MAX_KEY + " characters");
        }
        return Optional.of(text);
    }

    Optional<OrderingOutcome> kept(Journey journey, Optional<String> key) {
        return key.flatMap(found -> journeys.fact(journey, FACT + found)).map(KeptOrders::read);
    }

    /** Keeps the placed order under the key, if there is one; answers the order kept first. */
    OrderingOutcome keep(Journey journey, Optional<String> key, OrderingOutcome placed) {
        return key.map(found -> read(journeys.recordFactOnce(journey, FACT + found, write(placed)))).orElse(placed);
    }

    private static String write(OrderingOutcome answer) {
        ObjectNode json = JSON.createObjectNode().put("status", answer.status()).put("outcome", answer.outcome());
        json.set("facts", JSON.valueToTree(answer.facts()));
        return json.toString();
    }

    private static OrderingOutcome read(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            OrderingOutcome answer = OrderingOutcome.success(json.path("status").asInt(), json.path("outcome").asText());
            for (Map.Entry<String, JsonNode> fact : json.path("facts").properties()) {
                JsonNode value = fact.getValue();
                answer.with(fact.getKey(), value.isNumber() ? (Object) value.asLong() : value.asText());
            }
            return answer;
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a kept order is not JSON", unreadable);
        }
    }
}
