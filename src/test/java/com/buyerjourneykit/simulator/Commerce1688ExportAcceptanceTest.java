package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Commerce1688SearchAcceptanceTest.assertInvalid;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_OFFER;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_SPEC;
import static com.buyerjourneykit.simulator.CommerceBuyer.PASSWORD;
import static com.buyerjourneykit.simulator.CommerceBuyer.cargo;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.CommerceBuyer.Member;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** INV-01 on a real simulator: 我的订单 → 导出当前条件 → 生成新报表 → download, with what INV-02 needs. */
class Commerce1688ExportAcceptanceTest {
    private static CommerceBuyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new CommerceBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), SIMULATOR.baseUrl());
    }

    @Test
    void theJsonReportHoldsTheSupplierAndTheAmountsOfEachOrderLine() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 2));
        buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1");

        JsonNode row = download(member.memberId(), report(member.memberId(), "format", "json")).path("rows").get(0);

        assertThat(row.path("orderId").asText()).isEqualTo(orderId);
        assertThat(row.path("supplierName").asText()).isEqualTo("温州星辰电子有限公司");
        assertThat(row.path("supplierTin").asText()).isEqualTo("91330302MA2CX0001A");
        assertThat(row.path("supplierAddress").asText()).isNotBlank();
        assertThat(row.path("supplierContact").asText()).isNotBlank();
        assertThat(row.path("quantity").asText()).isEqualTo("2");
        assertThat(row.path("unitPrice").asText()).isEqualTo("20.00");
        assertThat(row.path("lineAmount").asText()).isEqualTo("40.00");
        assertThat(row.path("orderTotal").asText()).isEqualTo("65.00");
        assertThat(row.path("paidTotal").asText()).as("65.00 + 0.52 + 0.13").isEqualTo("65.65");
        assertThat(row.path("status").asText()).isEqualTo("waitsellersend");
    }

    @Test
    void theCsvReportFollowsTheCurrentFilterAndLeavesAnUnknownTinEmpty() {
        Member member = buyer.member(true);
        buyer.order(member.memberId(), cargo("610000000008", "610000000008-blue", 1));
        String cancelled = buyer.order(member.memberId(), cargo("610000000006", "610000000006-city", 1));
        buyer.control("order-states", "{\"orderId\":\"" + cancelled + "\",\"status\":\"cancel\"}");

        JsonNode file = download(member.memberId(), report(member.memberId(), "orderStatus", "waitbuyerpay"));
        String[] lines = file.path("content").asText().split("\r\n");

        assertThat(file.path("fileName").asText()).endsWith(".csv");
        assertThat(lines[0]).startsWith("orderId,createTime,status,supplierName,supplierNameEn,supplierTin,");
        assertThat(lines).hasSize(2);
        String[] fields = lines[1].split(",", -1);
        assertThat(fields[3]).isEqualTo("义乌市乐童玩具厂");
        assertThat(fields[4]).isEqualTo("Yiwu Letong Toy Factory");
        assertThat(fields[5]).as("TIN unknown").isEmpty();
        assertThat(fields[13]).as("unitPrice").isEqualTo("6.50");
        assertThat(lines[1]).doesNotContain(cancelled);
    }

    @Test
    void aReportIsTheMembersOwnAndBadInputIsNamed() {
        Member owner = buyer.member(true);
        String reportId = report(owner.memberId());
        Member other = buyer.member(true);

        assertThat(buyer.trade("alibaba.trade.order.export.download", "memberId", other.memberId(), "reportId", reportId)
                .body().path("code").asText()).isEqualTo("REPORT_NOT_FOUND");
        assertInvalid(buyer.trade("alibaba.trade.order.export.create", "memberId", owner.memberId(), "format", "xlsx"),
                "format", "one-of");
        assertInvalid(buyer.trade("alibaba.trade.order.export.create", "memberId", owner.memberId(), "orderStatus", "paid"),
                "orderStatus", "one-of");
    }

    private static String report(String memberId, String... filter) {
        String[] form = new String[filter.length + 2];
        form[0] = "memberId";
        form[1] = memberId;
        System.arraycopy(filter, 0, form, 2, filter.length);
        JsonNode created = buyer.trade("alibaba.trade.order.export.create", form).body();
        assertThat(created.path("result").path("status").asText()).as(created.toString()).isEqualTo("READY");
        return created.path("result").path("reportId").asText();
    }

    private static JsonNode download(String memberId, String reportId) {
        JsonNode file = buyer.trade("alibaba.trade.order.export.download", "memberId", memberId, "reportId", reportId).body();
        assertThat(file.path("success").asBoolean()).as(file.toString()).isTrue();
        return file.path("result");
    }
}
