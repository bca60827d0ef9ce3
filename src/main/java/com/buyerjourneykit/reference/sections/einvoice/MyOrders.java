package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** 我的订单 (INV-01's first step): the buyer's 1688 orders, newest first as 1688 lists them, optionally of one status. */
final class MyOrders {
    /** Enough for any buyer of the guide; a longer history is cut, not fetched without end. */
    private static final int MAX_PAGES = 20;
    private final Trade1688Client trade;
    private final BuyerMember members;

    MyOrders(Trade1688Client trade, BuyerMember members) {
        this.trade = trade;
        this.members = members;
    }

    SectionOutcome list(String journeyId, String status) {
        Optional<String> filter = OrderStatusWords.filter(status);
        BuyerMember.Signed buyer = members.of(journeyId);
        List<OrderRow> orders = fetch(buyer.memberId(), filter);
        SectionOutcome answer = SectionOutcome.success(200, "orders").with("journeyId", buyer.journey().id())
                .with("count", (long) orders.size())
                .with("orderIds", orders.stream().map(OrderRow::orderId).collect(Collectors.joining(",")))
                .with("orders", orders);
        return filter.isPresent() ? answer.with("filter", status.strip()) : answer;
    }

    private List<OrderRow> fetch(String memberId, Optional<String> filter) {
        List<OrderRow> rows = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode result = trade.orders(memberId, filter, page);
            JsonNode orders = result.path("orders");
            orders.forEach(order -> rows.add(OrderRow.of(order)));
            if (orders.size() < Trade1688Client.PAGE_SIZE || rows.size() >= result.path("totalRecord").asLong(rows.size())) {
                break;
            }
        }
        return rows;
    }
}
