package com.buyerjourneykit.reference.sections.einvoice;

import com.fasterxml.jackson.databind.JsonNode;

/** One line of 我的订单, as the app shows it: the status in the app's words, the total in yuan. */
record OrderRow(String orderId, String status, String total, String currency, String createTime, String supplierName) {

    static OrderRow of(JsonNode order) {
        return new OrderRow(order.path("orderId").asText(), OrderStatusWords.word(order.path("status").asText()),
                Yuan.text(order.path("sumPayment")), Yuan.CURRENCY, order.path("createTime").asText(),
                order.path("supplierName").asText());
    }
}
