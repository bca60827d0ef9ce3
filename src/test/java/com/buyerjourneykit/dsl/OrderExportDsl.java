package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MyOrdersDriver;
import com.buyerjourneykit.drivers.OrderStatusFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FAQ's steps 2 to 5: 导出当前条件 (export what 我的订单 shows under its current condition),
 * 生成新报表 (generate a new report), download it and read it (INV-01); the supplier's details in
 * it are what the self-billed e-invoice needs (INV-02).
 */
public final class OrderExportDsl {
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final OrderRecords records;

    public OrderExportDsl(JourneyContext journey, OutcomesDsl outcomes, OrderRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void exportCurrentCondition() {
        Answer answer = journey.remember(driver().export(journeyOf(), new OrderStatusFilter(records.statusFilter())));
        if (answer.outcome().equals("order-export-ready")) {
            records.reportGenerated(answer.fact("reportId"));
        }
    }

    public void download() {
        journey.remember(driver().download(journeyOf(), records.reportId()));
    }

    public void assertReportReady(int orderLines) {
        Answer answer = outcomes.assertOutcome("order-export-ready");
        assertThat(answer.fact("rowCount")).as("rows of the new report").isEqualTo(String.valueOf(orderLines));
        assertThat(answer.fact("fileName")).as("the report's file name").isNotBlank();
    }

    /** Rows of {@code order} (the scenario's name for it) and the columns the scenario names, one report row per order. */
    public void assertRows(List<Map<String, String>> expected) {
        Answer answer = outcomes.assertOutcome("order-export");
        List<Map<String, String>> report = ExportedOrderRows.of(answer.fact("content"));
        List<Map<String, String>> shown = new ArrayList<>();
        for (Map<String, String> wanted : expected) {
            String orderId = records.orderId(wanted.get(MyOrdersDsl.ORDER));
            Map<String, String> row = report.stream().filter(line -> orderId.equals(line.get("orderId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the report has no row of order " + orderId + ": " + report));
            Map<String, String> columns = new LinkedHashMap<>();
            wanted.keySet().forEach(column -> columns.put(column, row.get(column)));
            columns.put(MyOrdersDsl.ORDER, wanted.get(MyOrdersDsl.ORDER));
            shown.add(columns);
        }
        assertThat(shown).as("the report's rows").isEqualTo(expected);
    }

    private String journeyOf() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private MyOrdersDriver driver() {
        return journey.driver(MyOrdersDriver.class);
    }
}
