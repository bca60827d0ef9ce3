package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * INV-01: 导出当前条件 (the list's current filter) → 生成新报表 (1688 makes the report) → download
 * (the CSV, whose rows carry what the self-billed e-invoice needs).
 */
final class OrderExports {
    private final Trade1688Client trade;
    private final BuyerMember members;

    OrderExports(Trade1688Client trade, BuyerMember members) {
        this.trade = trade;
        this.members = members;
    }

    SectionOutcome create(String journeyId, String status) {
        Optional<String> filter = OrderStatusWords.filter(status);
        BuyerMember.Signed buyer = members.of(journeyId);
        JsonNode created = trade.createExport(buyer.memberId(), filter);
        String reportId = created.path("reportId").asText();
        JsonNode report = trade.downloadExport(buyer.memberId(), reportId);
        return SectionOutcome.success(201, "order-export-ready").with("reportId", reportId)
                .with("rowCount", created.path("rowCount").asLong()).with("fileName", report.path("fileName").asText());
    }

    SectionOutcome show(String journeyId, String reportIdText) {
        String reportId = Identifiers.reportId(reportIdText);
        BuyerMember.Signed buyer = members.of(journeyId);
        JsonNode report = trade.downloadExport(buyer.memberId(), reportId);
        List<String> columns = new ArrayList<>();
        report.path("columns").forEach(column -> columns.add(column.asText()));
        return SectionOutcome.success(200, "order-export").with("journeyId", buyer.journey().id()).with("reportId", reportId)
                .with("fileName", report.path("fileName").asText()).with("rowCount", (long) rowCount(report))
                .with("columns", String.join(",", columns)).with("content", report.path("content").asText());
    }

    /** The CSV's lines after its header (RFC 4180: a quoted value may hold a line break, so quotes are followed). */
    static int rowCount(JsonNode report) {
        String content = report.path("content").asText();
        int lines = 0;
        boolean quoted = false;
        for (int at = 0; at < content.length(); at++) {
            char next = content.charAt(at);
            if (next == '"') {
                quoted = !quoted;
            } else if (next == '\n' && !quoted) {
                lines++;
            }
        }
        boolean lastLineOpen = !content.isEmpty() && !content.endsWith("\n");
        return Math.max(0, lines + (lastLineOpen ? 1 : 0) - 1);
    }
}
