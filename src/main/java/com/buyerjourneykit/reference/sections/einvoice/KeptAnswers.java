package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * MyInvois's answer to a submission under an idempotency key, kept as a journey fact: the same key
 * again answers it without submitting again, and of two racing requests the answer kept first wins.
 */
final class KeptAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "e-invoice/";
    private final Journeys journeys;

    KeptAnswers(Journeys journeys) {
        this.journeys = journeys;
    }

    Optional<SectionOutcome> kept(Journey journey, Optional<String> key) {
        return key.flatMap(found -> journeys.fact(journey, PREFIX + found)).map(KeptAnswers::read);
    }

    SectionOutcome keep(Journey journey, Optional<String> key, SectionOutcome answer) {
        return key.map(found -> read(journeys.recordFactOnce(journey, PREFIX + found, write(answer)))).orElse(answer);
    }

    private static String write(SectionOutcome answer) {
        ObjectNode json = JSON.createObjectNode().put("status", answer.status()).put("outcome", answer.outcome())
                .put("message", answer.message());
        json.set("facts", JSON.valueToTree(answer.facts()));
        return json.toString();
    }

    private static SectionOutcome read(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            int status = json.path("status").asInt();
            String outcome = json.path("outcome").asText();
            SectionOutcome answer = status < 300 ? SectionOutcome.success(status, outcome)
                    : SectionOutcome.refusal(status, outcome, json.path("message").asText());
            for (Map.Entry<String, JsonNode> fact : json.path("facts").properties()) {
                answer.with(fact.getKey(), fact.getValue().asText());
            }
            return answer;
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a kept answer is not JSON", unreadable);
        }
    }
}
