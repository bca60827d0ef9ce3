package com.buyerjourneykit.reference.sections.topup;

import com.fasterxml.jackson.databind.JsonNode;

/** WorldFirst's answer to a funds call: {@code S}, {@code F} or {@code U}, its result code, the field and rule it refused, and the body. */
record FundsReply(String status, String code, String field, String rule, String message, JsonNode body) {

    boolean isSuccess() {
        return "S".equals(status);
    }

    /** WorldFirst does not know whether it was done: re-query, or retry with the same request id. */
    boolean isUnknown() {
        return "U".equals(status);
    }

    JsonNode path(String name) {
        return body.path(name);
    }
}
