package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MyOrdersDriver;
import com.buyerjourneykit.drivers.OrderStatusFilter;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** 我的订单 and its export through the reference REST API ({@code /api/v1/1688/orders}, {@code …/1688/order-exports}). */
final class ApiMyOrdersDriver implements MyOrdersDriver {
    private static final String ORDERS = "1688/orders";
    private static final String EXPORTS = "1688/order-exports";
    private final RestClient rest;
    private final StepCalls calls;

    ApiMyOrdersDriver(RestClient rest, StepCalls calls) {
        this.rest = rest;
        this.calls = calls;
    }

    @Override
    public Answer orders(String journeyId, OrderStatusFilter filter) {
        String query = filter.status() == null ? "" : "&status=" + encoded(filter.status());
        return ordersAnswer(rest.get(ApiChannel.viewPath(ORDERS, journeyId) + query));
    }

    @Override
    public Answer export(String journeyId, OrderStatusFilter filter) {
        return calls.post(ApiChannel.journeyPath(journeyId, EXPORTS), StepCalls.body(filter));
    }

    @Override
    public Answer download(String journeyId, String reportId) {
        return calls.get(ApiChannel.viewPath(EXPORTS, journeyId) + "&reportId=" + encoded(reportId));
    }

    /** The scalar facts, and each order of the list as {@code <orderId>.<fact>}. */
    private static Answer ordersAnswer(RestClient.Reply reply) {
        JsonNode body = reply.body();
        Map<String, String> facts = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode()) {
                facts.put(field.getKey(), field.getValue().asText());
            }
        });
        body.path("orders").forEach(order -> order.fields().forEachRemaining(
                fact -> facts.put(order.path("orderId").asText() + "." + fact.getKey(), fact.getValue().asText())));
        return Answer.of(body.path("result").asText(body.path("error").asText("status-" + reply.status())), facts);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
