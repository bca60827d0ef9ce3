package com.buyerjourneykit.reference.sections.ordering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An order as 1688's preview and createCrossOrder take it: one cargo line, the address, the trade terms, the logistics. */
final class OrderParameters {
    /** 1688's names of the order's fields → the buyer's. */
    static final Map<String, String> BUYER_FIELDS = Map.of("cargoParamList[0].offerId", "offerId",
            "cargoParamList[0].specId", "specId", "cargoParamList[0].quantity", "quantity",
            "addressParam.countryCode", "countryCode", "addressParam.fullName", "fullName",
            "addressParam.address", "address", "tradeType", "tradeType", "orderType", "orderType",
            "redPacketId", "redPacketId", "crossBorderLogisticsSolutionId", "logisticsSolutionId");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderParameters() {
    }

    static Map<String, String> of(OrderForm order, Buyer buyer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("memberId", buyer.memberId());
        parameters.put("addressParam", JSON.createObjectNode().put("fullName", order.fullName()).put("mobile", buyer.mobile())
                .put("countryCode", buyer.region()).put("address", order.address()).toString());
        parameters.put("cargoParamList", cargo(order).toString());
        parameters.put("tradeType", TradeTerms.TRADE_TYPES.get(order.tradeType()));
        parameters.put("orderType", TradeTerms.ORDER_TYPES.get(order.orderType()));
        order.redPacketId().ifPresent(id -> parameters.put("redPacketId", id));
        parameters.put("crossBorderLogisticsSolutionId", order.logisticsSolutionId());
        return parameters;
    }

    private static ArrayNode cargo(OrderForm order) {
        ArrayNode cargo = JSON.createArrayNode();
        cargo.addObject().put("offerId", order.offerId()).put("specId", order.specId())
                .put("quantity", order.quantity());
        return cargo;
    }
}
