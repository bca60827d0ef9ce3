package com.buyerjourneykit.simulator.member1688.commerce;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A payment as {@code alibaba.trade.pay} and the buyer's view show it (fen). */
final class PaymentJson {
    private PaymentJson() {
    }

    static ObjectNode of(Order order, Payment payment) {
        return CheckoutJson.fees(payment.payWay(), payment.fees()).put("paymentId", payment.paymentId())
                .put("requestId", payment.requestId()).put("orderId", order.orderId())
                .put("status", order.status().code()).put("paidAt", payment.paidAt().toString());
    }
}
