package com.buyerjourneykit.dsl;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one scenario knows about the buyer's 1688 orders: the member they belong to, each order's
 * ID by the name the scenario gives it ("A"), the condition 我的订单 currently shows and the last
 * report generated. Fresh for every scenario.
 */
public final class OrderRecords {
    private final Map<String, String> orderIds = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private String memberId;
    private String statusFilter;
    private String reportId;

    Optional<String> memberId() {
        return Optional.ofNullable(memberId);
    }

    void memberIs(String id) {
        memberId = id;
    }

    void orderPlaced(String alias, String orderId) {
        orderIds.put(alias, orderId);
        aliases.put(orderId, alias);
    }

    String orderId(String alias) {
        return Optional.ofNullable(orderIds.get(alias))
                .orElseThrow(() -> new IllegalStateException("No order \"" + alias + "\" in this scenario"));
    }

    /** The scenario's name for an order, or its ID when the scenario did not place it. */
    String aliasOf(String orderId) {
        return aliases.getOrDefault(orderId, orderId);
    }

    String statusFilter() {
        return statusFilter;
    }

    void filterBy(String status) {
        statusFilter = status;
    }

    String reportId() {
        return Optional.ofNullable(reportId).orElseThrow(() -> new IllegalStateException("No report generated in this scenario"));
    }

    void reportGenerated(String id) {
        reportId = id;
    }
}
