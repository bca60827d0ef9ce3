package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A request MyInvois refuses as a whole, in its standard error response:
 * {@code {"error":{"code","message","target","details":[…]}}} with the HTTP status the API page names.
 */
final class MyInvoisError extends RuntimeException {
    private final int status;
    private final String code;
    private final String target;
    private final List<Problem> details;

    MyInvoisError(int status, String code, String message, String target, List<Problem> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.target = target;
        this.details = List.copyOf(details);
    }

    MyInvoisError(int status, String code, String message, String target) {
        this(status, code, message, target, List.of());
    }

    static MyInvoisError badArgument(String target, String message) {
        return new MyInvoisError(400, "BadArgument", message, target);
    }

    static MyInvoisError badStructure(String target, String message) {
        return new MyInvoisError(400, "BadStructure", message, target);
    }

    static MyInvoisError notFound(String target, String message) {
        return new MyInvoisError(404, "NotFound", message, target);
    }

    int status() {
        return status;
    }

    ObjectNode json() {
        ObjectNode error = SimulatorJson.object().put("code", code).put("message", getMessage()).put("target", target);
        ArrayNode list = error.putArray("details");
        details.forEach(problem -> list.add(problem.json()));
        ObjectNode body = SimulatorJson.object();
        body.set("error", error);
        return body;
    }
}
