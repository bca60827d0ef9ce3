package com.buyerjourneykit.reference.sections.payment;

import com.fasterxml.jackson.databind.JsonNode;

/** One method the cashier offers with what it costs (PAY-06): amounts in yuan, rates in percent. */
public record PaymentOption(String method, String fee, String feeRate, String serviceFee, String serviceFeeRate, String total) {

    /** From one of 1688's {@code payWays}; empty {@code method} when 1688 offers a way this app does not know. */
    static PaymentOption of1688(JsonNode payWay) {
        String method = PayMethod.byPayWay(payWay.path("payWay").asText()).map(PayMethod::code).orElse("");
        return new PaymentOption(method, Yuan.ofFen(payWay.path("fee").asLong()), Yuan.percent(payWay.path("feeRate").asText()),
                Yuan.ofFen(payWay.path("serviceFee").asLong()), Yuan.percent(payWay.path("serviceFeeRate").asText()),
                Yuan.ofFen(payWay.path("total").asLong()));
    }
}
