package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answer bodies: every one carries {@code result{resultCode, resultStatus, resultMessage}}
 * and is HTTP 200, as WorldFirst answers; S success, F failure, U unknown (re-query).
 */
final class WorldFirstReply {
    private WorldFirstReply() {
    }

    static ObjectNode success(String message) {
        return withResult("SUCCESS", "S", message);
    }

    static ObjectNode refusal(Refusal refusal) {
        ObjectNode body = withResult(refusal.code(), "F", refusal.getMessage());
        ((ObjectNode) body.get("result")).setAll(refusal.details());
        return body;
    }

    static ObjectNode unknown(String message) {
        return withResult("UNKNOWN_EXCEPTION", "U", message);
    }

    static ObjectNode withResult(String code, String status, String message) {
        ObjectNode body = SimulatorJson.object();
        body.putObject("result").put("resultCode", code).put("resultStatus", status).put("resultMessage", message);
        return body;
    }
}
