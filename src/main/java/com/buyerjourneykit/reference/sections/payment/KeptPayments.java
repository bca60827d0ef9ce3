package com.buyerjourneykit.reference.sections.payment;

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
 * A payment's answer kept as a journey fact under its idempotency key: the same key answers it
 * again without asking 1688; of two racing requests the first kept wins. Its facts are all text.
 */
final class KeptPayments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAID = "paid";
    private final Journeys journeys;

    KeptPayments(Journeys journeys) {
        this.journeys = journeys;
    }

    Optional<SectionOutcome> kept(Journey journey, Optional<String> key) {
        return key.flatMap(found -> journeys.fact(journey, factName(found))).map(KeptPayments::read);
    }

    SectionOutcome keep(Journey journey, Optional<String> key, SectionOutcome paid) {
        return key.map(found -> read(journeys.recordFactOnce(journey, factName(found), write(paid)))).orElse(paid);
    }

    private static String factName(String key) {
        return "payment/" + key;
    }

    private static String write(SectionOutcome paid) {
        ObjectNode facts = JSON.createObjectNode();
        paid.facts().forEach((name, value) -> facts.put(name, String.valueOf(value)));
        return facts.toString();
    }

    private static SectionOutcome read(String text) {
        try {
            SectionOutcome paid = SectionOutcome.success(201, PAID);
            for (Map.Entry<String, JsonNode> fact : JSON.readTree(text).properties()) {
                paid.with(fact.getKey(), fact.getValue().asText());
            }
            return paid;
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a kept payment is not JSON", unreadable);
        }
    }
}
