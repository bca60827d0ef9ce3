package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code alibaba.trade.order.export.create} (simulated; 我的订单 → 导出当前条件 → 生成新报表, INV-01):
 * {@code memberId}, {@code orderStatus?} (the list's current filter), {@code format?} csv|json →
 * {@code reportId}, ready at once.
 */
final class ExportCreate extends AopTransformer {
    static final String NAME = "1688-order-export-create";
    private final CommerceState state;

    ExportCreate(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberId = request.identifier("memberId");
        Optional<OrderStatus> status = OrderStatus.filter(request);
        ReportFormat format = ReportFormat.of(request.optionalText("format"));
        BuyerAccount buyer = state.buyer(memberId);
        List<ExportRow> rows = state.orders().ofMember(memberId).stream()
                .filter(order -> status.map(wanted -> order.status() == wanted).orElse(true))
                .flatMap(order -> ExportRow.of(order).stream()).toList();
        Report report = new Report(state.reports().nextId(), memberId, format, rows,
                state.clock().nowFor(buyer.mobile()).toString());
        state.reports().add(report);
        return AopReply.success("Report generated", SimulatorJson.object().put("reportId", report.reportId())
                .put("status", "READY").put("rowCount", rows.size()).put("format", format.name().toLowerCase(Locale.ROOT)));
    }
}
