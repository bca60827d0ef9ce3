package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.PaymentBuyers.Buyer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guide section 6 through the reference REST API and pages against the simulated 1688 cashier and WorldFirst (PAY-01..07). */
class PaymentApiTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("payment-api-test");
    private static final PaymentBuyers BUYERS = new PaymentBuyers(RUNNING, 126_100_000);

    @Test
    void theCashierOffersWorldPayAndTheCardWithTheirFees() {
        Buyer buyer = BUYERS.withWorldPay(0);
        String orderId = BUYERS.order(buyer);
        JsonNode checkout = BUYERS.checkout(buyer, orderId, 200);
        assertThat(checkout.path("result").asText()).isEqualTo("checkout");
        assertThat(facts(checkout, "orderId", "currency", "orderAmount", "methods", "worldPayOffered", "unavailableReasons"))
                .isEqualTo(orderId + "|CNY|45.00|world-pay,card|true|");
        assertThat(facts(checkout, "worldPayFee", "worldPayFeeRate", "worldPayServiceFee", "worldPayServiceFeeRate", "worldPayTotal"))
                .isEqualTo("0.36|0.8%|0.09|0.2%|45.45");
        assertThat(facts(checkout, "cardFee", "cardFeeRate", "cardTotal")).isEqualTo("0.45|1.0%|45.45");
        assertThat(checkout.has("alipayTotal")).isFalse();
        assertThat(checkout.path("options")).hasSize(2);
        assertThat(checkout.path("options").get(0).toString()).isEqualTo("{\"method\":\"world-pay\",\"fee\":\"0.36\",\"feeRate\":\"0.8%\","
                + "\"serviceFee\":\"0.09\",\"serviceFeeRate\":\"0.2%\",\"total\":\"45.45\"}");
        assertThat(checkout.path("reasons")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} ({1})")
    @CsvSource({
        "not-secured-transaction, a", "prohibited-items, b", "red-packet-used, c", "alipay-not-mainland-china, d",
        "world-pay-not-activated, e", "supplier-not-accepting-world-pay, f", "credit-term-or-contract-order, g"})
    void eachOfTheFaqsReasonsHidesWorldPayAndIsNamed(String reason, String faqLetter) {
        Buyer buyer = reason.equals("world-pay-not-activated") ? BUYERS.signedIn() : BUYERS.withWorldPay(100_000);
        String orderId = orderFor(buyer, reason);
        JsonNode checkout = BUYERS.checkout(buyer, orderId, 200);
        assertThat(facts(checkout, "methods", "worldPayOffered", "unavailableReasons")).isEqualTo("card|false|" + reason);
        assertThat(checkout.path("reasons").get(0).path("faqReason").asText()).isEqualTo(faqLetter);
        assertThat(checkout.has("worldPayTotal")).isFalse();
        JsonNode refused = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "k-" + reason, 422);
        assertThat(facts(refused, "error", "unavailableReasons")).isEqualTo("method-not-offered|" + reason);
        assertThat(BUYERS.orderAt1688(buyer, orderId).path("status").asText()).isEqualTo("waitbuyerpay");
    }

    private static String orderFor(Buyer buyer, String reason) {
        return switch (reason) {
            case "not-secured-transaction" -> BUYERS.order(buyer, PaymentBuyers.PHONE_STAND, 1, Map.of("tradeType", "alipay"));
            case "prohibited-items" -> BUYERS.order(buyer, "610000000005", 1, Map.of());
            case "red-packet-used" -> BUYERS.order(buyer, PaymentBuyers.PHONE_STAND, 3, Map.of("redPacketId", "RP-5-OFF-50"));
            case "alipay-not-mainland-china" -> {
                BUYERS.control("/1688/alipay-regions", "{\"memberId\":\"" + buyer.memberId() + "\",\"mainlandChina\":false}");
                yield BUYERS.order(buyer);
            }
            case "supplier-not-accepting-world-pay" -> BUYERS.order(buyer, "610000000011", 1, Map.of());
            case "credit-term-or-contract-order" -> BUYERS.order(buyer, PaymentBuyers.PHONE_STAND, 1, Map.of("orderType", "creditTerm"));
            default -> BUYERS.order(buyer);
        };
    }

    @Test
    void theServiceFeeTierChangesExactlyAtItsBoundariesAndRoundsHalfEven() {
        Buyer buyer = BUYERS.withWorldPay(0);
        String orderId = BUYERS.order(buyer);
        Map<String, String> byVolume = new java.util.LinkedHashMap<>();
        for (String volume : List.of("0.00", "99999.99", "100000.00", "499999.99", "500000.00", "1999999.99", "2000000.00")) {
            BUYERS.control("/1688/monthly-volumes", "{\"memberId\":\"" + buyer.memberId() + "\",\"averageMonthlyVolume\":\"" + volume + "\"}");
            byVolume.put(volume, facts(BUYERS.checkout(buyer, orderId, 200), "worldPayServiceFeeRate", "worldPayServiceFee", "worldPayTotal"));
        }
        assertThat(byVolume).containsExactly(Map.entry("0.00", "0.2%|0.09|45.45"), Map.entry("99999.99", "0.2%|0.09|45.45"),
                Map.entry("100000.00", "0.15%|0.07|45.43"), Map.entry("499999.99", "0.15%|0.07|45.43"),
                Map.entry("500000.00", "0.1%|0.04|45.40"), Map.entry("1999999.99", "0.1%|0.04|45.40"),
                Map.entry("2000000.00", "0.05%|0.02|45.38"));
    }

    @Test
    void aLargeOrderPaysItsFeesToTheFen() {
        Buyer buyer = BUYERS.withWorldPay(10_102_525L);
        String orderId = BUYERS.order(buyer, "610000000026", 1, Map.of());
        JsonNode checkout = BUYERS.checkout(buyer, orderId, 200);
        assertThat(facts(checkout, "orderAmount", "worldPayFee", "worldPayServiceFee", "worldPayTotal"))
                .isEqualTo("100025.00|800.20|200.05|101025.25");
        JsonNode paid = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "large-1", 201);
        assertThat(facts(paid, "total", "currency")).isEqualTo("101025.25|CNY");
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("0.00");
    }

    @Test
    void aPaymentNamingItsOwnAmountIsRefusedAndTakesNothing() {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        String tampered = "{\"orderId\":\"" + orderId + "\",\"method\":\"world-pay\",\"paymentPassword\":\""
                + PaymentBuyers.PASSWORD + "\",\"total\":\"0.01\"}";
        JsonNode refused = BUYERS.post(buyer, "1688/payments", tampered, 400);
        assertThat(facts(refused, "field", "rule")).isEqualTo("total|set-by-the-provider");
        assertThat(BUYERS.balanceCnh(buyer)).as("nothing taken").isEqualTo("100.00");
        assertThat(facts(BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, null, 201), "total")).isEqualTo("45.45");
    }

    @Test
    void aBalanceThatCoversTheOrderButNotItsFeesIsRefusedAndTakesNothing() {
        Buyer buyer = BUYERS.withWorldPay(4_500);
        String orderId = BUYERS.order(buyer);
        JsonNode refused = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "short-1", 422);
        assertThat(facts(refused, "error", "requiredAmount")).isEqualTo("balance-not-enough|45.45");
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("45.00");
        BUYERS.addCnh(buyer, 45);
        JsonNode paid = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "short-1", 201);
        assertThat(facts(paid, "result", "method", "orderAmount", "fee", "serviceFee", "total", "status"))
                .isEqualTo("paid|world-pay|45.00|0.36|0.09|45.45|waiting-for-shipment");
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("0.00");
    }

    @Test
    void fiveWrongPasswordsLockItAndAWrongOneIsNeverRetried() {
        Buyer buyer = BUYERS.signedIn();
        String orderId = BUYERS.order(buyer);
        assertThat(facts(BUYERS.pay(buyer, orderId, "card", "12345", null, 400), "field", "rule")).isEqualTo("paymentPassword|six-digits");
        for (int left = 4; left >= 0; left--) {
            JsonNode wrong = BUYERS.pay(buyer, orderId, "card", "999999", null, 422);
            assertThat(facts(wrong, "error", "remainingAttempts")).isEqualTo("payment-password-wrong|" + left);
        }
        assertThat(BUYERS.pay(buyer, orderId, "card", PaymentBuyers.PASSWORD, null, 422).path("error").asText())
                .isEqualTo("payment-password-locked");
        BUYERS.control("/1688/payment-passwords", "{\"memberId\":\"" + buyer.memberId() + "\",\"password\":\"135790\"}");
        assertThat(BUYERS.pay(buyer, orderId, "card", "135790", null, 201).path("total").asText()).isEqualTo("45.45");
    }

    @Test
    void theSameKeyPaysOnceAndAnotherPaymentOfThePaidOrderIsRefused() {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        JsonNode first = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "twice-1", 201);
        assertThat(BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "twice-1", 201)).isEqualTo(first);
        assertThat(BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "twice-2", 409).path("error").asText())
                .isEqualTo("order-already-paid");
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("54.55");
        assertThat(BUYERS.orderAt1688(buyer, orderId).path("status").asText()).isEqualTo("waitsellersend");
        assertThat(progress(buyer).path("steps").path("pay").asText()).isEqualTo("done");
    }

    @Test
    void twentyRacingSubmissionsOfOneKeyAnswerOnePayment() throws Exception {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> submissions = IntStream.range(0, 20).<Callable<String>>mapToObj(i -> () -> JsonHttp.postJson(
                    RUNNING.app().baseUrl() + "/api/v1/journeys/" + buyer.journeyId() + "/1688/payments", "{\"orderId\":\"" + orderId
                            + "\",\"method\":\"world-pay\",\"paymentPassword\":\"246810\",\"idempotencyKey\":\"race\"}").body()).toList();
            List<String> answers = pool.invokeAll(submissions).stream().map(PaymentApiTest::get).distinct().toList();
            assertThat(answers).hasSize(1);
            assertThat(answers.get(0)).contains("\"result\":\"paid\"");
        } finally {
            pool.shutdownNow();
        }
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("54.55");
    }

    @ParameterizedTest(name = "[{index}] {0} x{1}")
    @CsvSource({"http-503, 1", "http-500, 3", "connection-reset, 2", "malformed-body, 1"})
    void faultsOnThePaymentAreRetriedWithTheSameRequestIdAndPayOnce(String kind, int times) {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        fault(buyer, kind, times);
        JsonNode paid = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "fault-" + kind, 201);
        assertThat(paid.path("total").asText()).isEqualTo("45.45");
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("54.55");
    }

    @Test
    void anUnknownResultIsAskedAgainAndIsThePaymentThatWasMade() {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        BUYERS.control("/1688/unknown-payments", "{\"orderId\":\"" + orderId + "\"}");
        JsonNode paid = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, null, 201);
        assertThat(paid.path("paymentId").asText()).isEqualTo(BUYERS.orderAt1688(buyer, orderId).path("payment").path("paymentId").asText());
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("54.55");
    }

    @Test
    void when1688StaysDownTheBuyerIsToldAndTheSameKeyLaterPaysOnce() {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        fault(buyer, "http-503", 4);
        JsonNode down = BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "down-1", 503);
        assertThat(facts(down, "error", "provider")).isEqualTo("provider-unavailable|1688");
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("100.00");
        BUYERS.pay(buyer, orderId, "world-pay", PaymentBuyers.PASSWORD, "down-1", 201);
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("54.55");
    }

    @Test
    void ordersThatAreNotTheBuyersOrNotPayableAndMissingStepsAreRefused() {
        Buyer buyer = BUYERS.signedIn();
        Buyer other = BUYERS.signedIn();
        String othersOrder = BUYERS.order(other);
        assertThat(facts(BUYERS.checkout(buyer, othersOrder, 400), "field", "rule")).isEqualTo("orderId|known-order");
        assertThat(facts(BUYERS.checkout(buyer, "1234", 400), "field", "rule")).isEqualTo("orderId|known-order");
        assertThat(BUYERS.pay(buyer, othersOrder, "card", PaymentBuyers.PASSWORD, null, 409).path("missingStep").asText())
                .isEqualTo("1688-order");
        String orderId = BUYERS.order(buyer);
        assertThat(facts(BUYERS.pay(buyer, othersOrder, "card", PaymentBuyers.PASSWORD, null, 400), "field", "rule"))
                .isEqualTo("orderId|known-order");
        assertThat(facts(BUYERS.pay(buyer, orderId, "bitcoin", PaymentBuyers.PASSWORD, null, 400), "field", "rule")).isEqualTo("method|one-of");
        BUYERS.control("/1688/order-states", "{\"orderId\":\"" + orderId + "\",\"status\":\"cancel\"}");
        assertThat(BUYERS.pay(buyer, orderId, "card", PaymentBuyers.PASSWORD, null, 422).path("error").asText()).isEqualTo("order-not-payable");
        String stranger = JsonHttp.textField(JsonHttp.postJson(RUNNING.app().baseUrl() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"126199999\"}").body(), "journeyId");
        HttpResponse<String> waiting = JsonHttp.get(RUNNING.app().baseUrl() + "/api/v1/1688/checkout?journeyId=" + stranger + "&orderId=1");
        assertThat(waiting.statusCode()).isEqualTo(409);
        assertThat(JsonHttp.textField(waiting.body(), "missingStep")).isEqualTo("1688-registration");
    }

    @Test
    void theCheckoutPageExplainsEachReasonWithWhatToDoInTheBuyersLanguage() {
        Buyer buyer = BUYERS.withWorldPay(0);
        String orderId = BUYERS.order(buyer, "610000000011", 1, Map.of("orderType", "contract"));
        String query = "/1688/checkout?journeyId=" + buyer.journeyId() + "&orderId=" + orderId;
        HttpResponse<String> en = JsonHttp.get(RUNNING.app().baseUrl() + "/en" + query);
        assertThat(en.body()).contains("data-testid=\"pay-method\" data-method=\"card\"", "data-testid=\"fee-breakdown\"",
                "data-code=\"supplier-not-accepting-world-pay\"", "data-code=\"credit-term-or-contract-order\"",
                "does not accept payments made with World Pay", "pay for this order by card", "data-form=\"1688/payments\"",
                "name=\"idempotencyKey\"", "name=\"paymentPassword\"");
        assertThat(en.body()).doesNotContain("data-method=\"world-pay\"");
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/ru" + query).body()).contains("не принимает оплату через World Pay",
                "Оформите обычный заказ");
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/tr" + query).body()).contains("vadeli siparişlerde", "kartla ödeyin");
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/zh-CN" + query).body()).contains("不适用于账期订单或合同订单", "费用明细");
    }

    @Test
    void thePaymentPagePaysWithAHiddenKeyAndShowsWhatWasPaid() {
        Buyer buyer = BUYERS.withWorldPay(10_000);
        String orderId = BUYERS.order(buyer);
        String page = RUNNING.app().baseUrl() + "/zh-CN/journeys/" + buyer.journeyId() + "/1688/payments";
        assertThat(JsonHttp.get(page).body()).contains("data-form=\"1688/payments\"", "name=\"idempotencyKey\"", "输入支付宝个人账户支付密码");
        HttpResponse<String> paid = JsonHttp.postPageForm(page, "orderId=" + orderId + "&method=world-pay&paymentPassword=246810"
                + "&idempotencyKey=page-key-1");
        assertThat(paid.statusCode()).isEqualTo(201);
        assertThat(paid.body()).contains("data-outcome=\"paid\"", "付款成功", "45.45 CNY", "等待卖家发货");
        HttpResponse<String> again = JsonHttp.postPageForm(page, "orderId=" + orderId + "&method=world-pay&paymentPassword=246810"
                + "&idempotencyKey=page-key-1");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(BUYERS.balanceCnh(buyer)).isEqualTo("54.55");
    }

    private static void fault(Buyer buyer, String kind, int times) {
        BUYERS.control("/faults", "{\"provider\":\"1688\",\"operation\":\"alibaba.trade.pay\",\"member\":\"" + buyer.memberId()
                + "\",\"kind\":\"" + kind + "\",\"times\":" + times + "}");
    }

    private static JsonNode progress(Buyer buyer) {
        return TopUpBuyers.read(JsonHttp.get(RUNNING.app().baseUrl() + "/api/v1/journeys/" + buyer.journeyId()).body());
    }

    private static String facts(JsonNode answer, String... names) {
        return String.join("|", java.util.Arrays.stream(names).map(name -> answer.path(name).asText()).toList());
    }

    private static String get(Future<String> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
