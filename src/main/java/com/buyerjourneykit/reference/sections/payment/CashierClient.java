package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.providers.AopCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 1688's cashier as this section calls it: what it offers for an order ({@code alibaba.trade.payWay.query})
 * and paying it ({@code alibaba.trade.pay}, with the request id the caller chose, which makes a retry
 * safe). Answers 1688's JSON as it came, success or refusal; an outage is thrown by {@link AopCall}.
 */
final class CashierClient {
    private final AopCall gateway;

    CashierClient(AopCall gateway) {
        this.gateway = gateway;
    }

    /** 1688's {@code success} with code {@code SUCCESS}; anything else is a refusal to read by its code. */
    static boolean isSuccess(JsonNode answer) {
        return AopCall.isSuccess(answer);
    }

    JsonNode payWays(String memberId, String orderId) {
        return gateway.call(AopCall.TRADE, "alibaba.trade.payWay.query", Map.of("memberId", memberId, "orderId", orderId));
    }

    JsonNode pay(String memberId, PaymentForm form, String requestId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", memberId);
        fields.put("orderId", form.orderId());
        fields.put("payWay", form.method().payWay());
        fields.put("paymentPassword", form.paymentPassword());
        fields.put("requestId", requestId);
        return gateway.call(AopCall.TRADE, "alibaba.trade.pay", fields);
    }
}
