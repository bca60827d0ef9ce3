package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code alibaba.trade.order.export.download} (simulated, INV-01's download): {@code memberId},
 * {@code reportId} → {@code fileName}, {@code columns} and either {@code content} (CSV text) or
 * {@code rows} (JSON objects, one per order line).
 */
final class ExportDownload extends AopTransformer {
    static final String NAME = "1688-order-export-download";
    private final CommerceState state;

    ExportDownload(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        String reportId = request.identifier("reportId");
        state.buyer(memberId);
        Report report = state.reports().of(memberId, reportId);
        ObjectNode result = SimulatorJson.object().put("reportId", reportId).put("fileName", report.format().fileName(reportId));
        ArrayNode columns = result.putArray("columns");
        ExportRow.COLUMNS.forEach(columns::add);
        if (report.format() == ReportFormat.CSV) {
            result.put("content", Csv.of(ExportRow.COLUMNS, report.rows().stream().map(ExportRow::values).toList()));
        } else {
            ArrayNode rows = result.putArray("rows");
            report.rows().forEach(row -> rows.add(json(row)));
        }
        return AopReply.success("OK", result);
    }

    private static ObjectNode json(ExportRow row) {
        ObjectNode json = SimulatorJson.object();
        for (int index = 0; index < ExportRow.COLUMNS.size(); index++) {
            json.put(ExportRow.COLUMNS.get(index), row.values().get(index));
        }
        return json;
    }
}
