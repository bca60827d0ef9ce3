package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.EInvoiceBuyers.Buyer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FAQ's self-billed e-invoice (INV-01…03) through the REST API against a real simulated 1688 and MyInvois. */
class EInvoiceApiTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("e-invoice-api-test");
    private static final EInvoiceBuyers BUYERS = new EInvoiceBuyers(RUNNING, 1000);
    private static final String PREVIEWS = "myinvois/self-billed-invoices/previews";
    private static final String INVOICES = "myinvois/self-billed-invoices";

    @Test
    void myOrdersAreNewestFirstInTheAppsWordsAndFilteredByStatus() {
        Buyer buyer = BUYERS.signedIn();
        String paid = BUYERS.paidOrder(buyer);
        String unpaid = BUYERS.order(buyer, "waitbuyerpay");
        JsonNode orders = BUYERS.get("1688/orders?journeyId=" + buyer.journeyId(), 200);
        assertThat(orders.path("result").asText()).isEqualTo("orders");
        assertThat(orders.path("count").asLong()).isEqualTo(2);
        assertThat(orders.path("orderIds").asText()).isEqualTo(unpaid + "," + paid);
        assertThat(orders.path("orders").get(1).toString()).contains("\"status\":\"waiting-for-shipment\"", "\"total\":\"65.00\"",
                "\"currency\":\"CNY\"", "\"supplierName\":\"温州星辰电子有限公司\"");
        JsonNode waiting = BUYERS.get("1688/orders?journeyId=" + buyer.journeyId() + "&status=waiting-for-payment", 200);
        assertThat(waiting.path("orderIds").asText()).isEqualTo(unpaid);
        JsonNode bad = BUYERS.get("1688/orders?journeyId=" + buyer.journeyId() + "&status=paid", 400);
        assertThat(bad.path("field").asText() + " / " + bad.path("rule").asText()).isEqualTo("status / one-of");
    }

    @Test
    void theExportedReportHasARowPerOrderLineWithWhatTheInvoiceNeeds() {
        Buyer buyer = BUYERS.signedIn();
        String paid = BUYERS.paidOrder(buyer);
        BUYERS.order(buyer, "waitbuyerpay");
        JsonNode ready = BUYERS.post(buyer, "1688/order-exports", "{\"status\":\"waiting-for-shipment\"}", 201);
        assertThat(ready.path("result").asText()).isEqualTo("order-export-ready");
        assertThat(ready.path("rowCount").asLong()).isEqualTo(1);
        String reportId = ready.path("reportId").asText();
        JsonNode report = BUYERS.get("1688/order-exports?journeyId=" + buyer.journeyId() + "&reportId=" + reportId, 200);
        assertThat(report.path("fileName").asText()).isEqualTo(ready.path("fileName").asText()).isNotBlank();
        assertThat(report.path("rowCount").asLong()).isEqualTo(1);
        assertThat(report.path("columns").asText()).contains("supplierName", "supplierAddress", "supplierContact", "orderTotal");
        assertThat(report.path("content").asText()).contains(paid, "温州星辰电子有限公司", "浙江省温州市鹿城区工业路88号", "+86 577 8800 0001");
        assertThat(BUYERS.post(buyer, "1688/order-exports", "", 201).path("rowCount").asLong()).isEqualTo(2);
        JsonNode unknown = BUYERS.get("1688/order-exports?journeyId=" + buyer.journeyId() + "&reportId=rpt-999999", 400);
        assertThat(unknown.path("field").asText() + " / " + unknown.path("rule").asText()).isEqualTo("reportId / known-report");
    }

    @Test
    void thePreviewShowsTheFieldsOfTheSelfBilledInvoice() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        JsonNode preview = BUYERS.post(buyer, PREVIEWS, invoice(orderId, "009", "INV-PREVIEW-1"), 200);
        assertThat(preview.toString()).contains("\"result\":\"e-invoice-preview\"", "\"orderId\":\"" + orderId + "\"",
                "\"invoiceNumber\":\"INV-PREVIEW-1\"", "\"supplierName\":\"温州星辰电子有限公司\"", "\"supplierTin\":\"EI00000000030\"",
                "\"supplierAddress\":\"浙江省温州市鹿城区工业路88号\"", "\"supplierContact\":\"+86 577 8800 0001\"",
                "\"supplierSst\":\"NA\"", "\"msic\":\"00000\"", "\"businessActivity\":\"NA\"", "\"classification\":\"009\"",
                "\"buyerTin\":\"IG12345678901\"", "\"total\":\"65.00\"", "\"currency\":\"CNY\"");
        assertThat(submissionsMentioning("INV-PREVIEW-1")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] classification {0} is refused")
    @ValueSource(strings = {"9", "0009", "abc", "1000", "-01", "1.5"})
    void aClassificationThatIsNotThreeDigitsIsRefused(String classification) {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        for (String step : new String[] {PREVIEWS, INVOICES}) {
            JsonNode refused = BUYERS.post(buyer, step, invoice(orderId, classification, "INV-CLASS"), 400);
            assertThat(refused.path("field").asText() + " / " + refused.path("rule").asText())
                    .isEqualTo("classification / three-digits-000-999");
        }
    }

    @ParameterizedTest(name = "[{index}] classification {0} is accepted")
    @ValueSource(strings = {"000", "009", "999"})
    void threeDigitsFrom000To999AreAcceptedByTheAppAndByMyInvois(String classification) {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        assertThat(BUYERS.post(buyer, PREVIEWS, invoice(orderId, classification, "INV-" + classification), 200)
                .path("classification").asText()).isEqualTo(classification);
        JsonNode submitted = BUYERS.post(buyer, INVOICES, invoice(orderId, classification, "INV-" + classification + "-" + orderId), 201);
        assertThat(submitted.path("status").asText()).isEqualTo("valid");
    }

    @Test
    void aSubmittedInvoiceIsValidAndTheSameKeySubmitsOnce() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        String body = invoice(orderId, "009", "INV-ONCE-" + orderId).replace("}", ",\"idempotencyKey\":\"key-1\"}");
        JsonNode submitted = BUYERS.post(buyer, INVOICES, body, 201);
        assertThat(submitted.toString()).contains("\"result\":\"e-invoice-submitted\"", "\"status\":\"valid\"",
                "\"supplierTin\":\"EI00000000030\"", "\"buyerTin\":\"IG12345678901\"");
        assertThat(submitted.path("submissionUid").asText()).matches("[0-9A-Z]{26}");
        assertThat(submitted.path("documentUid").asText()).matches("[0-9A-Z]{26}");
        assertThat(BUYERS.post(buyer, INVOICES, body, 201)).isEqualTo(submitted);
        assertThat(submissionCount("INV-ONCE-" + orderId)).isEqualTo(1);
    }

    @Test
    void myInvoisRejectsAnInvoiceAndSaysWhy() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        JsonNode rejected = BUYERS.post(buyer, INVOICES, invoice(orderId, "009", "REJECT-" + orderId), 422);
        assertThat(rejected.path("error").asText()).isEqualTo("e-invoice-rejected");
        assertThat(rejected.path("reasons").asText()).isEqualTo("SIM01");
        assertThat(rejected.path("submissionUid").asText()).matches("[0-9A-Z]{26}");
        assertThat(rejected.path("message").asText()).isNotBlank();
    }

    @Test
    void anUnpaidOrHisOwnUnknownOrderGetsNoInvoice() {
        Buyer buyer = BUYERS.signedIn();
        String unpaid = BUYERS.order(buyer, "waitbuyerpay");
        for (String step : new String[] {PREVIEWS, INVOICES}) {
            JsonNode refused = BUYERS.post(buyer, step, invoice(unpaid, "009", "INV-UNPAID"), 422);
            assertThat(refused.path("error").asText() + " " + refused.path("status").asText()).isEqualTo("order-not-paid 422");
        }
        Buyer other = BUYERS.signedIn();
        JsonNode notHis = BUYERS.post(other, PREVIEWS, invoice(BUYERS.paidOrder(buyer), "009", "INV-X"), 400);
        assertThat(notHis.path("field").asText() + " / " + notHis.path("rule").asText()).isEqualTo("orderId / known-order");
        JsonNode malformed = BUYERS.post(other, PREVIEWS, invoice("1 OR 1=1", "009", "INV-X"), 400);
        assertThat(malformed.path("rule").asText()).isEqualTo("known-order");
    }

    @Test
    void theInvoiceNumberIsRequiredAndAtMostFiftyCharacters() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.paidOrder(buyer);
        assertThat(BUYERS.post(buyer, PREVIEWS, invoice(orderId, "009", ""), 400).path("rule").asText()).isEqualTo("required");
        assertThat(BUYERS.post(buyer, PREVIEWS, invoice(orderId, "009", "N".repeat(51)), 400).path("rule").asText())
                .isEqualTo("max-50-characters");
        assertThat(BUYERS.post(buyer, PREVIEWS, invoice(orderId, "009", "N".repeat(50)), 200).path("invoiceNumber").asText())
                .hasSize(50);
    }

    @Test
    void everyActionWaitsForTheBuyerToSignInTo1688() {
        Buyer stranger = BUYERS.notSignedIn();
        JsonNode list = BUYERS.get("1688/orders?journeyId=" + stranger.journeyId(), 409);
        assertThat(list.path("missingStep").asText()).isEqualTo("1688-sms-code");
        assertThat(BUYERS.post(stranger, "1688/order-exports", "{}", 409).path("missingStep").asText()).isEqualTo("1688-sms-code");
        assertThat(BUYERS.post(stranger, INVOICES, invoice("1234567890123456", "009", "INV-1"), 409).path("missingStep").asText())
                .isEqualTo("1688-sms-code");
    }

    private static String invoice(String orderId, String classification, String invoiceNumber) {
        return "{\"orderId\":\"" + orderId + "\",\"classification\":\"" + classification + "\",\"invoiceNumber\":\"" + invoiceNumber + "\"}";
    }

    private static boolean submissionsMentioning(String invoiceNumber) {
        return submissionCount(invoiceNumber) > 0;
    }

    private static long submissionCount(String invoiceNumber) {
        String submissions = JsonHttp.get(RUNNING.simulator().baseUrl() + "/__admin/sim/myinvois/submissions").body();
        return submissions.split("\"invoiceCodeNumber\":\"" + invoiceNumber + "\"", -1).length - 1L;
    }
}
