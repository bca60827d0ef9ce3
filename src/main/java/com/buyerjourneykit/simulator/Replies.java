package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Builds the HTTP answers of the simulator from JSON bodies. */
public final class Replies {
    private Replies() {
    }

    public static ResponseDefinition json(int status, ObjectNode body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(SimulatorJson.write(body))
                .build();
    }

    /** A control-API refusal: which field broke which rule, in words and as an identifier. */
    public static ResponseDefinition invalidField(String field, String rule, String message) {
        return refusal(400, field, rule, message);
    }

    /** The same shape with another status: 413 for a body too large, 415 for the wrong type. */
    public static ResponseDefinition refusal(int status, String field, String rule, String message) {
        ObjectNode body = SimulatorJson.object().put("field", field).put("rule", rule).put("message", message);
        return json(status, body);
    }
}
