package com.buyerjourneykit.drivers;

/**
 * The FAQ's 我的订单 (my orders) and its export (INV-01), through some channel. Orders are facts
 * named {@code <orderId>.<fact>} ({@code status}, {@code total}, {@code currency}, …) beside
 * {@code count} and {@code orderIds} (comma-separated, newest first).
 */
public interface MyOrdersDriver {

    /** 我的订单 under its current condition (a {@code null} status: every order): outcome orders. */
    Answer orders(String journeyId, OrderStatusFilter filter);

    /** 导出当前条件 → 生成新报表: order-export-ready (reportId, rowCount, fileName) or a refusal. */
    Answer export(String journeyId, OrderStatusFilter filter);

    /** Download the report: order-export with {@code content}, the CSV text. */
    Answer download(String journeyId, String reportId);
}
