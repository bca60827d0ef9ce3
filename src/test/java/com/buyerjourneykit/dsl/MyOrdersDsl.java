package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MyOrdersDriver;
import com.buyerjourneykit.drivers.OrderStatusFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The FAQ's step 1, "Click 我的订单 to view your order": the buyer's 1688 orders, newest first, under a status filter or none. */
public final class MyOrdersDsl {
    static final String ORDER = "order";
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final OrderRecords records;

    public MyOrdersDsl(JourneyContext journey, OutcomesDsl outcomes, OrderRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void view() {
        journey.remember(journey.driver(MyOrdersDriver.class)
                .orders(journey.journeys().of(BuyersDsl.BUYER), new OrderStatusFilter(records.statusFilter())));
    }

    public void viewWithStatus(String status) {
        records.filterBy(status);
        view();
    }

    /**
     * The list as rows of {@code order} (the scenario's name for it) and the facts the scenario
     * names ({@code status}, {@code total}, {@code currency}), in the list's order.
     */
    public void assertOrders(List<Map<String, String>> expected) {
        Answer answer = outcomes.assertOutcome("orders");
        List<Map<String, String>> shown = new ArrayList<>();
        for (String orderId : answer.fact("orderIds").split(",")) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put(ORDER, records.aliasOf(orderId));
            expected.get(0).keySet().stream().filter(column -> !column.equals(ORDER))
                    .forEach(column -> row.put(column, answer.fact(orderId + "." + column)));
            shown.add(row);
        }
        assertThat(shown).as("我的订单, newest first (whole answer: %s)", answer).isEqualTo(expected);
    }
}
