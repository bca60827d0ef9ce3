package com.buyerjourneykit.reference.providers;

import com.fasterxml.jackson.databind.JsonNode;

/** A WorldFirst answer: {@code result{resultCode, resultStatus S|F|U, resultMessage}} and what the API put beside it. */
public record WorldFirstAnswer(JsonNode body) {

    public boolean isSuccess() {
        return "S".equals(status());
    }

    /** {@code U}: WorldFirst does not know whether it was done; re-query or retry with the same request id. */
    public boolean isUnknown() {
        return "U".equals(status());
    }

    public String status() {
        return body.path("result").path("resultStatus").asText();
    }

    public String code() {
        return body.path("result").path("resultCode").asText();
    }

    /** The request field WorldFirst refused ({@code PARAM_ILLEGAL}), or empty. */
    public String field() {
        return body.path("result").path("field").asText();
    }

    public String rule() {
        return body.path("result").path("rule").asText();
    }

    public JsonNode path(String name) {
        return body.path(name);
    }
}
