package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.EInvoiceBuyers.Buyer;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The e-invoice's pages in the buyer's language: 我的订单 with a row per order, the report with its
 * download, the e-invoice's details, and MyInvois out of reach told as such (503, nothing kept).
 */
class EInvoicePagesTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("e-invoice-pages-test");
    private static final EInvoiceBuyers BUYERS = new EInvoiceBuyers(RUNNING, 2000);

    @Test
    void myOrdersListEachOrderWithItsStatusInTheBuyersLanguage() {
        Buyer buyer = BUYERS.signedIn();
        String paid = BUYERS.paidOrder(buyer);
        HttpResponse<String> page = JsonHttp.get(RUNNING.app().baseUrl() + "/zh-CN/1688/orders?journeyId=" + buyer.journeyId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"order\"", "data-id=\"" + paid + "\"", "data-status=\"waiting-for-shipment\"",
                "等待卖家发货", "导出当前条件", "data-outcome=\"orders\"");
    }

    @Test
    void theReportIsGeneratedOnAPageAndOfferedAsADownload() {
        Buyer buyer = BUYERS.signedIn();
        String paid = BUYERS.paidOrder(buyer);
        String base = RUNNING.app().baseUrl();
        HttpResponse<String> generated = JsonHttp.postPageForm(base + "/en/journeys/" + buyer.journeyId() + "/1688/order-exports",
                "status=");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        assertThat(generated.body()).contains("data-outcome=\"order-export-ready\"", "data-testid=\"report-link\"");
        Matcher fact = Pattern.compile("<data[^>]*data-name=\"reportId\"[^>]*>").matcher(generated.body());
        assertThat(fact.find()).as(generated.body()).isTrue();
        String reportId = fact.group().replaceAll(".*value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> download = JsonHttp.get(base + "/ru/1688/order-exports?journeyId=" + buyer.journeyId() + "&reportId="
                + reportId);
        assertThat(download.body()).contains("data-testid=\"download\"", "href=\"data:text/csv;charset=utf-8,", paid, "Скачать");
    }

    @Test
    void theBuyerPreviewsAndSubmitsOnPages() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        String journey = RUNNING.app().baseUrl() + "/tr/journeys/" + buyer.journeyId() + "/myinvois/self-billed-invoices";
        HttpResponse<String> refused = JsonHttp.postPageForm(journey + "/previews", "orderId=" + orderId
                + "&classification=1000&invoiceNumber=INV-P");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("data-field=\"classification\"", "data-rule=\"three-digits-000-999\"", "000 ile 999");
        HttpResponse<String> preview = JsonHttp.postPageForm(journey + "/previews", "orderId=" + orderId
                + "&classification=009&invoiceNumber=INV-P-" + orderId);
        assertThat(preview.body()).contains("data-outcome=\"e-invoice-preview\"", "EI00000000030", "data-form=\"myinvois/self-billed-invoices\"");
        HttpResponse<String> submitted = JsonHttp.postPageForm(journey, journey, "orderId=" + orderId
                + "&classification=009&invoiceNumber=INV-P-" + orderId + "&idempotencyKey=page-key-1");
        assertThat(submitted.statusCode()).isEqualTo(201);
        assertThat(submitted.body()).contains("data-outcome=\"e-invoice-submitted\"", "data-testid=\"shown-status\"", "data-value=\"valid\"");
    }

    @Test
    void myInvoisOutOfReachIsProviderUnavailableAndKeepsNothing() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        String body = "{\"orderId\":\"" + orderId + "\",\"classification\":\"009\",\"invoiceNumber\":\"INV-DOWN-" + orderId
                + "\",\"idempotencyKey\":\"down-1\"}";
        ReferenceAppSettings settings = ReferenceAppSettings.forSimulator(RUNNING.simulator().baseUrl()).withDatabase(RUNNING.jdbcUrl());
        try (ReferenceApp cutOff = ReferenceApp.start(settings.withMyInvois(settings.myInvois().withUrl("http://127.0.0.1:9")))) {
            HttpResponse<String> down = JsonHttp.postJson(cutOff.baseUrl() + "/api/v1/journeys/" + buyer.journeyId()
                    + "/myinvois/self-billed-invoices", body);
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.body()).contains("\"error\":\"provider-unavailable\"", "\"provider\":\"MyInvois\"")
                    .doesNotContain("bjk-myinvois-test-secret");
        }
        assertThat(BUYERS.post(buyer, "myinvois/self-billed-invoices", body, 201).path("status").asText()).isEqualTo("valid");
    }
}
