package com.buyerjourneykit.drivers;

import java.util.Map;

/** A payment as the buyer submits it at the checkout; the Alipay payment password is never logged. */
public record PaymentInput(String orderId, String method, String paymentPassword, String idempotencyKey) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("orderId", orderId, "method", method, "paymentPassword", paymentPassword,
                "idempotencyKey", idempotencyKey);
    }

    @Override
    public String toString() {
        return "PaymentInput[orderId=" + orderId + ", method=" + method + ", paymentPassword=******, idempotencyKey="
                + idempotencyKey + "]";
    }
}
