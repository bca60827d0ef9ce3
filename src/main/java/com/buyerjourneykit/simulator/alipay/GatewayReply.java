package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.RequestProblem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.function.Consumer;

/**
 * Answers in the Alipay gateway's shape: {@code {"<method>_response":{code,msg,...},"sign":...}}.
 * Business results (10000, 40004) come with HTTP 200 as on the real gateway; parameter errors
 * (40001, 40002) with HTTP 400 — our choice, so that bad input is never mistaken for a result.
 */
final class GatewayReply {
    private static final String SIGN = "SIMULATED";

    private GatewayReply() {
    }

    static ResponseDefinition success(String method, Consumer<ObjectNode> fields) {
        ObjectNode response = SimulatorJson.object().put("code", "10000").put("msg", "Success");
        fields.accept(response);
        return Replies.json(200, envelope(method, response));
    }

    static ResponseDefinition businessFailure(String method, String subCode, String subMessage,
                                              Consumer<ObjectNode> fields) {
        ObjectNode response = SimulatorJson.object().put("code", "40004").put("msg", "Business Failed")
                .put("sub_code", subCode).put("sub_msg", subMessage);
        fields.accept(response);
        return Replies.json(200, envelope(method, response));
    }

    static ResponseDefinition parameterError(GatewayParameterException error) {
        boolean missing = error.code().equals("40001");
        ObjectNode response = SimulatorJson.object()
                .put("code", error.code())
                .put("msg", missing ? "Missing Required Arguments" : "Invalid Arguments")
                .put("sub_code", missing ? "isv.missing-parameter" : "isv.invalid-parameter")
                .put("sub_msg", error.getMessage())
                .put("field", error.field())
                .put("rule", error.rule());
        return Replies.json(400, envelope(error.method(), response));
    }

    /** A request the gateway could not read at all (too large, not a form): under {@code error_response}. */
    static ResponseDefinition unreadable(RequestProblem problem) {
        ObjectNode response = SimulatorJson.object()
                .put("code", "40002")
                .put("msg", "Invalid Arguments")
                .put("sub_code", "isv.invalid-request")
                .put("sub_msg", problem.message())
                .put("field", problem.field())
                .put("rule", problem.rule());
        return Replies.json(problem.status(), envelope("", response));
    }

    private static ObjectNode envelope(String method, ObjectNode response) {
        String name = method.isBlank() ? "error_response" : method.replace('.', '_') + "_response";
        ObjectNode envelope = SimulatorJson.object();
        envelope.set(name, response);
        return envelope.put("sign", SIGN);
    }
}
