package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A business or gateway refusal: {@code result{resultCode, resultStatus F, resultMessage}} plus any details. */
class Refusal extends RuntimeException {
    private final String code;
    private final ObjectNode details = SimulatorJson.object();

    Refusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    Refusal with(String key, String value) {
        details.put(key, value);
        return this;
    }

    Refusal with(String key, long value) {
        details.put(key, value);
        return this;
    }

    /** Written into {@code result} next to the code: field and rule of a PARAM_ILLEGAL, a countdown… */
    ObjectNode details() {
        return details;
    }
}
