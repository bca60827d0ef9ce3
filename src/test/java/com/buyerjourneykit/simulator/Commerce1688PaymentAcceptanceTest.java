package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Commerce1688SearchAcceptanceTest.assertInvalid;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_OFFER;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_SPEC;
import static com.buyerjourneykit.simulator.CommerceBuyer.PASSWORD;
import static com.buyerjourneykit.simulator.CommerceBuyer.cargo;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.CommerceBuyer.Member;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PAY-01..07 on a real simulator: what the cashier offers and why, fees, the password, one payment per order. */
class Commerce1688PaymentAcceptanceTest {
    /** One guide product (20.00) + Cainiao standard (25.00). */
    private static final long ORDER = 4500;
    private static final long WITH_FEES = ORDER + 36 + 9;
    private static CommerceBuyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new CommerceBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), SIMULATOR.baseUrl());
    }

    @Test
    void worldPayIsOfferedWithItsFeesWhenNoReasonApplies() {
        Member member = buyer.worldPayMember(100_000);
        JsonNode checkout = buyer.payWays(member.memberId(), buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1)));

        assertThat(checkout.path("worldPayOffered").asBoolean()).isTrue();
        assertThat(checkout.path("worldPayUnavailableReasons")).isEmpty();
        JsonNode worldPay = way(checkout, "crossBorderPay");
        assertThat(worldPay.path("nameEn").asText()).isEqualTo("Cross-border treasure");
        assertThat(worldPay.path("fee").asLong()).as("0.8 %").isEqualTo(36);
        assertThat(worldPay.path("serviceFee").asLong()).as("0.2 % below 100 000 CNY a month").isEqualTo(9);
        assertThat(worldPay.path("total").asLong()).isEqualTo(WITH_FEES);
        assertThat(way(checkout, "card").path("fee").asLong()).as("1.0 %").isEqualTo(45);
        assertThat(payWayCodes(checkout)).as("Alipay: some regions only, not MY").doesNotContain("alipay");
    }

    @ParameterizedTest(name = "PAY-03 ({0}) {1}")
    @CsvSource({"a, NOT_SECURED_TRANSACTION", "b, PROHIBITED_ITEMS", "c, RED_PACKET_USED", "d, ALIPAY_NOT_MAINLAND_CHINA",
        "e, WORLD_PAY_NOT_ACTIVATED", "f, SUPPLIER_NOT_ACCEPTING_WORLD_PAY", "g, CREDIT_TERM_OR_CONTRACT_ORDER"})
    void eachOfTheFaqsSevenReasonsAloneHidesWorldPay(String letter, String code) {
        Member member = letter.equals("e") ? buyer.member(true) : buyer.worldPayMember(100_000);
        String orderId = orderFor(letter, member);

        JsonNode checkout = buyer.payWays(member.memberId(), orderId);

        assertThat(checkout.path("worldPayOffered").asBoolean()).isFalse();
        assertThat(checkout.path("worldPayUnavailableReasons").findValuesAsText("code")).containsExactly(code);
        assertThat(checkout.path("worldPayUnavailableReasons").get(0).path("faqReason").asText()).isEqualTo(letter);
        assertThat(payWayCodes(checkout)).doesNotContain("crossBorderPay").contains("card");
        JsonNode refused = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-" + letter).body();
        assertThat(refused.path("code").asText()).isEqualTo("PAY_WAY_NOT_OFFERED");
        assertThat(refused.path("message").asText()).contains(code);
    }

    @Test
    void aContractOrderIsReasonGToo() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "orderType", "contract");
        assertThat(buyer.payWays(member.memberId(), orderId).path("worldPayUnavailableReasons").findValuesAsText("code"))
                .containsExactly("CREDIT_TERM_OR_CONTRACT_ORDER");
    }

    @ParameterizedTest(name = "monthly volume {0} CNY → service fee rate {1}")
    @CsvSource({"0.00, 0.002", "99999.99, 0.002", "100000.00, 0.0015", "499999.99, 0.0015", "500000.00, 0.001",
        "1999999.99, 0.001", "2000000.00, 0.0005"})
    void theServiceFeeTierFollowsTheMonthlyVolumeAtItsBoundaries(String volume, String rate) {
        Member member = buyer.worldPayMember(100_000);
        assertThat(buyer.control("monthly-volumes", "{\"memberId\":\"" + member.memberId() + "\",\"averageMonthlyVolume\":\""
                + volume + "\"}").body().path("serviceFeeRate").asText()).isEqualTo(rate);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1000));

        JsonNode worldPay = way(buyer.payWays(member.memberId(), orderId), "crossBorderPay");

        assertThat(worldPay.path("serviceFeeRate").asText()).isEqualTo(rate);
        long order = 1000 * 1680 + 2500;
        assertThat(worldPay.path("serviceFee").asLong()).isEqualTo(new java.math.BigDecimal(rate)
                .multiply(java.math.BigDecimal.valueOf(order)).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact());
    }

    @Test
    void aBalanceThatCoversTheOrderButNotItsFeesIsRefusedAndNothingIsTaken() {
        Member member = buyer.worldPayMember(WITH_FEES - 1);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        JsonNode refused = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body();

        assertThat(refused.path("code").asText()).isEqualTo("BALANCE_NOT_ENOUGH");
        assertThat(refused.path("requiredAmount").asLong()).isEqualTo(WITH_FEES);
        assertThat(buyer.cnhBalance(member)).isEqualTo(WITH_FEES - 1);
        assertThat(status(member, orderId)).isEqualTo("waitbuyerpay");
    }

    @Test
    void worldPayTakesTheOrderAndItsFeesFromTheCnhBalanceExactly() {
        Member member = buyer.worldPayMember(WITH_FEES);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        JsonNode paid = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body().path("result");

        assertThat(paid.path("total").asLong()).isEqualTo(WITH_FEES);
        assertThat(paid.path("status").asText()).isEqualTo("waitsellersend");
        assertThat(buyer.cnhBalance(member)).isZero();
        assertThat(status(member, orderId)).isEqualTo("waitsellersend");
    }

    @Test
    void theSameRequestAgainAnswersTheSamePaymentAndAnotherIsRefusedBothWithoutASecondDebit() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        JsonNode first = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body();
        JsonNode again = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body();
        JsonNode other = buyer.pay(member.memberId(), orderId, "card", PASSWORD, "r-2").body();

        assertThat(again.path("result").path("paymentId").asText()).isEqualTo(first.path("result").path("paymentId").asText());
        assertThat(other.path("code").asText()).isEqualTo("ORDER_ALREADY_PAID");
        assertThat(buyer.cnhBalance(member)).isEqualTo(100_000 - WITH_FEES);
    }

    @Test
    void anUnknownResultHasPaidOnceAndTheRetryWithTheSameRequestIdGetsThePayment() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        buyer.control("unknown-payments", "{\"orderId\":\"" + orderId + "\"}");

        JsonNode unknown = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body();
        JsonNode retried = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body();

        assertThat(unknown.path("code").asText()).isEqualTo("PAYMENT_RESULT_UNKNOWN");
        assertThat(retried.path("success").asBoolean()).isTrue();
        assertThat(buyer.cnhBalance(member)).isEqualTo(100_000 - WITH_FEES);
    }

    @Test
    void aFaultBeforeThePaymentChangesNothingAndTheRetryPaysOnce() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        new SimulatorHttp(SIMULATOR.baseUrl()).post("/__admin/sim/faults", "{\"provider\":\"1688\",\"operation\":\"alibaba.trade.pay\","
                + "\"member\":\"" + member.memberId() + "\",\"kind\":\"http-503\"}", "application/json");

        SimulatorHttp.Reply failed = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1");
        SimulatorHttp.Reply retried = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(retried.body().path("success").asBoolean()).isTrue();
        assertThat(buyer.cnhBalance(member)).isEqualTo(100_000 - WITH_FEES);
    }

    @Test
    void fiveWrongPasswordsLockThePaymentPasswordUntilItIsSetAgain() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        List<Long> remaining = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            JsonNode wrong = buyer.pay(member.memberId(), orderId, "crossBorderPay", "000000", "r-" + attempt).body();
            assertThat(wrong.path("code").asText()).isEqualTo("PAYMENT_PASSWORD_WRONG");
            remaining.add(wrong.path("remainingAttempts").asLong());
        }
        JsonNode locked = buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-right").body();
        buyer.control("payment-passwords", "{\"memberId\":\"" + member.memberId() + "\",\"password\":\"135790\"}");
        JsonNode paid = buyer.pay(member.memberId(), orderId, "crossBorderPay", "135790", "r-new").body();

        assertThat(remaining).containsExactly(4L, 3L, 2L, 1L, 0L);
        assertThat(locked.path("code").asText()).isEqualTo("PAYMENT_PASSWORD_LOCKED");
        assertThat(paid.path("success").asBoolean()).isTrue();
        assertThat(buyer.cnhBalance(member)).isEqualTo(100_000 - WITH_FEES);
    }

    @Test
    void aMalformedPasswordIsBadInputAndCostsNoAttempt() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        assertInvalid(buyer.pay(member.memberId(), orderId, "crossBorderPay", "12345", "r-1"), "paymentPassword", "six-digits");
        assertInvalid(buyer.pay(member.memberId(), orderId, "bitcoin", PASSWORD, "r-1"), "payWay", "one-of");
        JsonNode wrong = buyer.pay(member.memberId(), orderId, "crossBorderPay", "000000", "r-1").body();
        assertThat(wrong.path("remainingAttempts").asLong()).isEqualTo(4);
    }

    @Test
    void aCardPaysWithItsFeeAndAlipayOnlyWhereItIsOffered() {
        Member member = buyer.member(true);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        String singapore = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "addressParam",
                CommerceBuyer.ADDRESS.replace("\"MY\"", "\"SG\""));

        assertThat(buyer.pay(member.memberId(), orderId, "alipay", PASSWORD, "r-1").body().path("code").asText())
                .isEqualTo("PAY_WAY_NOT_OFFERED");
        assertThat(buyer.pay(member.memberId(), orderId, "card", PASSWORD, "r-2").body().path("result").path("total").asLong())
                .isEqualTo(ORDER + 45);
        assertThat(payWayCodes(buyer.payWays(member.memberId(), singapore))).contains("alipay");
    }

    @Test
    void anOrderNoLongerWaitingForPaymentCannotBePaid() {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        buyer.control("order-states", "{\"orderId\":\"" + orderId + "\",\"status\":\"cancel\"}");

        assertThat(buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body().path("code").asText())
                .isEqualTo("ORDER_NOT_PAYABLE");
        assertThat(buyer.cnhBalance(member)).isEqualTo(100_000);
    }

    private static String orderFor(String letter, Member member) {
        String id = member.memberId();
        return switch (letter) {
            case "a" -> buyer.order(id, cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "tradeType", "alipay");
            case "b" -> buyer.order(id, cargo("610000000005", "610000000005-black", 1));
            case "c" -> buyer.order(id, cargo(GUIDE_OFFER, GUIDE_SPEC, 3), "redPacketId", "RP-5-OFF-50");
            case "d" -> {
                buyer.control("alipay-regions", "{\"memberId\":\"" + id + "\",\"mainlandChina\":false}");
                yield buyer.order(id, cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
            }
            case "f" -> buyer.order(id, cargo("610000000011", "610000000011-kit", 1));
            case "g" -> buyer.order(id, cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "orderType", "creditTerm");
            default -> buyer.order(id, cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        };
    }

    private static String status(Member member, String orderId) {
        return buyer.trade("alibaba.trade.get.buyerView", "memberId", member.memberId(), "orderId", orderId)
                .body().path("result").path("status").asText();
    }

    private static JsonNode way(JsonNode checkout, String code) {
        for (JsonNode way : checkout.path("payWays")) {
            if (way.path("payWay").asText().equals(code)) {
                return way;
            }
        }
        throw new AssertionError(code + " is not offered: " + checkout);
    }

    private static List<String> payWayCodes(JsonNode checkout) {
        return checkout.path("payWays").findValuesAsText("payWay");
    }
}
