package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.HelpContactsDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/help[?at=…]}: each help line's facts, named after the line. */
final class ApiHelpContactsDriver implements HelpContactsDriver {
    private final RestClient rest;

    ApiHelpContactsDriver(RestClient rest) {
        this.rest = rest;
    }

    @Override
    public Answer helpContacts() {
        return answer(rest.get("/api/v1/help"));
    }

    @Override
    public Answer helpContactsAt(String moment) {
        return answer(rest.get("/api/v1/help?at=" + URLEncoder.encode(moment, StandardCharsets.UTF_8)));
    }

    private static Answer answer(RestClient.Reply reply) {
        JsonNode body = reply.body();
        Map<String, String> facts = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> facts.put(field.getKey(), field.getValue().asText()));
        body.path("contacts").forEach(line -> line.fields().forEachRemaining(
                fact -> facts.put(line.path("line").asText() + "." + fact.getKey(), text(fact.getValue()))));
        return Answer.of(body.path("result").asText(body.path("error").asText("status-" + reply.status())), facts);
    }

    /** A list (the weekdays) as the page writes it: comma-separated. */
    private static String text(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        StringBuilder joined = new StringBuilder();
        value.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
        return joined.toString();
    }
}
