package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.fasterxml.jackson.databind.JsonNode;

/** What 1688 says an order costs (ORD-06), in yuan: {@code order-preview}, and once created {@code order-placed}. */
final class OrderFacts {
    static final String WAITING_FOR_PAYMENT = "waiting-for-payment";

    private OrderFacts() {
    }

    static SectionOutcome preview(JsonNode sums) {
        return sums(SectionOutcome.success(200, "order-preview"), sums);
    }

    static SectionOutcome placed(JsonNode order) {
        SectionOutcome answer = SectionOutcome.success(201, "order-placed").with("orderId", order.path("orderId").asText())
                .with("status", WAITING_FOR_PAYMENT);
        return sums(answer, order);
    }

    private static SectionOutcome sums(SectionOutcome answer, JsonNode sums) {
        JsonNode line = sums.path("cargoList").path(0);
        answer.with("offerId", line.path("offerId").asText()).with("specId", line.path("specId").asText())
                .with("quantity", line.path("quantity").asLong())
                .with("unitPrice", Yuan.ofFen(line.path("unitPrice").asLong()))
                .with("goodsAmount", Yuan.ofFen(sums.path("sumPaymentNoCarriage").asLong()))
                .with("carriage", Yuan.ofFen(sums.path("sumCarriage").asLong()))
                .with("discount", Yuan.ofFen(sums.path("discountFee").asLong()))
                .with("total", Yuan.ofFen(sums.path("sumPayment").asLong()))
                .with("currency", sums.path("currency").asText("CNY"))
                .with("tradeType", TradeTerms.appWord(TradeTerms.TRADE_TYPES, sums.path("tradeType").asText()))
                .with("orderType", TradeTerms.appWord(TradeTerms.ORDER_TYPES, sums.path("orderType").asText()))
                .with("logisticsSolutionId", sums.path("crossBorderLogisticsSolutionId").asText())
                .with("region", sums.path("buyerRegion").asText())
                .with("supplierName", sums.path("supplierName").asText());
        if (sums.hasNonNull("redPacketId")) {
            answer.with("redPacketId", sums.path("redPacketId").asText());
        }
        return answer;
    }
}
