package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code alibaba.trade.getBuyerOrderList} (我的订单): {@code memberId}, {@code orderStatus?},
 * {@code page?} (1), {@code pageSize?} (20, 1–50) → {@code {totalRecord, page, pageSize, orders[]}},
 * newest first, each order as {@code alibaba.trade.get.buyerView} shows it.
 */
final class BuyerOrderList extends AopTransformer {
    static final String NAME = "1688-trade-buyer-order-list";
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 50;
    private final CommerceState state;

    BuyerOrderList(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        Optional<OrderStatus> status = OrderStatus.filter(request);
        int page = whole(request, "page", Integer.MAX_VALUE, 1);
        int pageSize = whole(request, "pageSize", MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        state.buyer(memberId);
        List<Order> orders = state.orders().ofMember(memberId).stream()
                .filter(order -> status.map(wanted -> order.status() == wanted).orElse(true))
                .sorted(Comparator.comparingLong(Order::placedAs).reversed()).toList();
        ObjectNode result = SimulatorJson.object().put("totalRecord", orders.size()).put("page", page).put("pageSize", pageSize);
        ArrayNode rows = result.putArray("orders");
        orders.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(order -> rows.add(OrderJson.order(order)));
        return AopReply.success("OK", result);
    }

    private static int whole(AopRequest request, String field, int max, int fallback) {
        Optional<String> given = request.optionalText(field);
        if (given.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(given.get().strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as any other value out of range
        }
        throw new InvalidParameter(field, "whole-number-1-" + (max == Integer.MAX_VALUE ? "or-more" : max),
                field + " must be a whole number from 1" + (max == Integer.MAX_VALUE ? "" : " to " + max));
    }
}
