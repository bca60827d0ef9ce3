package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.PhoneInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Guide section 1 through the reference REST API ({@code /api/v1/alipay/verification-codes}). */
final class ApiAlipayAccountDriver implements AlipayAccountDriver {
    private static final String CODES = "/api/v1/alipay/verification-codes";
    private final RestClient rest;

    ApiAlipayAccountDriver(RestClient rest) {
        this.rest = rest;
    }

    @Override
    public Answer requestCode(PhoneInput phone) {
        RestClient.Reply reply = rest.post(CODES, phoneBody(phone));
        return reply.status() == 201 ? Answer.of("code-sent") : refusal(reply);
    }

    @Override
    public Answer requestNewCode(PhoneInput phone) {
        return requestCode(phone);
    }

    @Override
    public Answer enterCode(PhoneInput phone, String code) {
        RestClient.Reply reply = rest.post(CODES + "/checks", phoneBody(phone).put("code", code));
        return reply.status() == 200 ? Answer.of(reply.body().path("result").asText()) : refusal(reply);
    }

    private static ObjectNode phoneBody(PhoneInput phone) {
        return RestClient.object().put("countryCode", phone.countryCode()).put("mobile", phone.mobile());
    }

    private static Answer refusal(RestClient.Reply reply) {
        JsonNode body = reply.body();
        String error = body.path("error").asText("status " + reply.status());
        if (error.equals("invalid-field")) {
            return Answer.invalidField(body.path("field").asText(), body.path("rule").asText());
        }
        return Answer.of(error)
                .withRemainingAttempts(body.has("remainingAttempts") ? body.get("remainingAttempts").asInt() : null)
                .withRetryAfter(body.has("retryAfterSeconds") ? body.get("retryAfterSeconds").asLong() : null);
    }
}
