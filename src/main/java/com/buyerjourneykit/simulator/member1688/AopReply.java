package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * Answers in the shapes of the 1688 open platform: gateway errors {@code {error_code,
 * error_message}} with HTTP 400; API answers {@code {success, code, message, result}} with
 * HTTP 200; bad parameters {@code PARAM_ILLEGAL} with {@code field} and {@code rule}, HTTP 400.
 */
public final class AopReply {
    private AopReply() {
    }

    public static ResponseDefinition success(String message, ObjectNode result) {
        ObjectNode body = SimulatorJson.object().put("success", true).put("code", "SUCCESS").put("message", message);
        body.set("result", result);
        return Replies.json(200, body);
    }

    static ResponseDefinition refusal(Refusal refusal) {
        ObjectNode body = failure(refusal.code(), refusal.getMessage());
        refusal.numbers().forEach(body::put);
        return Replies.json(200, body);
    }

    static ResponseDefinition invalid(InvalidParameter invalid) {
        ObjectNode body = failure("PARAM_ILLEGAL", invalid.getMessage())
                .put("field", invalid.field())
                .put("rule", invalid.rule());
        return Replies.json(400, body);
    }

    static ResponseDefinition gatewayError(GatewayRefusal refusal) {
        return gatewayError(refusal, 400);
    }

    /** 413 for a body over the limit, 415 for a body that is not a form; 400 otherwise. */
    static ResponseDefinition gatewayError(GatewayRefusal refusal, int status) {
        ObjectNode body = SimulatorJson.object()
                .put("error_code", refusal.errorCode())
                .put("error_message", refusal.getMessage());
        return Replies.json(status, body);
    }

    private static ObjectNode failure(String code, String message) {
        return SimulatorJson.object().put("success", false).put("code", code).put("message", message);
    }
}
