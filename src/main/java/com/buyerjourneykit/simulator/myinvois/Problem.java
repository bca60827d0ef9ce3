package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One thing wrong with a request or a document: MyInvois's error code, words, the field and where it sits. */
record Problem(String code, String message, String target, String propertyPath) {

    ObjectNode json() {
        ObjectNode json = SimulatorJson.object().put("code", code).put("message", message).put("target", target);
        return propertyPath == null ? json : json.put("propertyPath", propertyPath);
    }
}
