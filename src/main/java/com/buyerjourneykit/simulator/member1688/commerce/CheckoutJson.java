package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The cashier's offer as {@code alibaba.trade.payWay.query} answers it. */
final class CheckoutJson {
    private CheckoutJson() {
    }

    static ObjectNode of(Order order, CheckoutOptions options) {
        ObjectNode json = SimulatorJson.object().put("orderId", order.orderId()).put("currency", "CNY")
                .put("orderAmount", order.quote().totalFen())
                .put("worldPayOffered", options.offered().containsKey(PayWay.CROSS_BORDER_PAY));
        ArrayNode ways = json.putArray("payWays");
        options.offered().forEach((way, fees) -> ways.add(fees(way, fees)));
        ArrayNode reasons = json.putArray("worldPayUnavailableReasons");
        options.worldPayReasons().forEach(reason -> reasons.addObject().put("code", reason.name())
                .put("faqReason", reason.faqLetter()).put("message", reason.message()));
        return json;
    }

    static ObjectNode fees(PayWay way, FeeBreakdown fees) {
        return SimulatorJson.object().put("payWay", way.code()).put("name", way.label()).put("nameEn", way.labelEn())
                .put("orderAmount", fees.orderFen())
                .put("feeRate", fees.methodRate().toPlainString()).put("fee", fees.methodFeeFen())
                .put("serviceFeeRate", fees.serviceRate().toPlainString()).put("serviceFee", fees.serviceFeeFen())
                .put("total", fees.totalFen());
    }
}
