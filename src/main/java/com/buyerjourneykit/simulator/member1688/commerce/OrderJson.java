package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sums and lines of a quote or an order, in fen, as preview, create and the buyer's view show them. */
final class OrderJson {
    private OrderJson() {
    }

    static ObjectNode sums(OrderQuote quote) {
        ObjectNode json = SimulatorJson.object().put("currency", "CNY")
                .put("sumPaymentNoCarriage", quote.goodsFen()).put("sumCarriage", quote.carriageFen())
                .put("discountFee", quote.discountFen()).put("additionalFee", 0).put("sumPayment", quote.totalFen())
                .put("tradeType", quote.form().tradeType().code()).put("orderType", quote.form().orderType().code())
                .put("crossBorderLogisticsSolutionId", quote.form().logistics().solutionId())
                .put("buyerRegion", quote.form().destination().countryCode());
        quote.form().redPacket().ifPresent(packet -> json.put("redPacketId", packet.redPacketId()));
        json.put("supplierId", quote.supplier().supplierId()).put("supplierName", quote.supplier().name());
        ArrayNode cargo = json.putArray("cargoList");
        quote.lines().forEach(line -> cargo.addObject().put("offerId", line.offer().offerId())
                .put("specId", line.variant().specId()).put("quantity", line.quantity())
                .put("unitPrice", line.unitFen()).put("amount", line.amountFen()));
        return json;
    }

    static ObjectNode order(Order order) {
        ObjectNode json = sums(order.quote()).put("orderId", order.orderId()).put("buyerMemberId", order.memberId())
                .put("status", order.status().code()).put("createTime", order.createdAt().toString());
        order.payment().ifPresent(payment -> json.set("payment", PaymentJson.of(order, payment)));
        return json;
    }
}
