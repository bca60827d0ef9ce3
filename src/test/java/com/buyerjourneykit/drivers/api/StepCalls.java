package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.FormInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A journey step over REST: POST a JSON body, read {@code result} or {@code error} and the scalar facts beside it. */
final class StepCalls {
    private final RestClient rest;

    StepCalls(RestClient rest) {
        this.rest = rest;
    }

    Answer post(String path, ObjectNode body) {
        return answer(rest.post(path, body));
    }

    Answer get(String path) {
        return answer(rest.get(path));
    }

    static ObjectNode body() {
        return RestClient.object();
    }

    /** What the buyer typed, as JSON strings (ticks as booleans); a field left empty is left out. */
    static ObjectNode body(FormInput input) {
        ObjectNode body = body();
        input.fields().forEach((name, value) -> {
            if (input.flags().contains(name)) {
                body.put(name, Boolean.parseBoolean(value));
            } else {
                body.put(name, value);
            }
        });
        return body;
    }

    static Answer answer(RestClient.Reply reply) {
        JsonNode body = reply.body();
        String outcome = body.path("result").asText(body.path("error").asText("status-" + reply.status()));
        return Answer.of(outcome, facts(body));
    }

    private static Map<String, String> facts(JsonNode body) {
        Map<String, String> facts = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode()) {
                facts.put(field.getKey(), field.getValue().asText());
            } else if (field.getValue().isObject()) {
                field.getValue().fields().forEachRemaining(inner -> facts.put(inner.getKey(), inner.getValue().asText()));
            }
        });
        return facts;
    }
}
