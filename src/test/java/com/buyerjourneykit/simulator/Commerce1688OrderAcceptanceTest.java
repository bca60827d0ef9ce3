package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Commerce1688SearchAcceptanceTest.assertInvalid;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_OFFER;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_SPEC;
import static com.buyerjourneykit.simulator.CommerceBuyer.cargo;
import static com.buyerjourneykit.simulator.CommerceBuyer.orderForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ORD-05/06 on a real simulator: preview and create a cross-border order, its refusals, and that a refusal stores nothing. */
class Commerce1688OrderAcceptanceTest {
    private static CommerceBuyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new CommerceBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), SIMULATOR.baseUrl());
    }

    @Test
    void thePreviewPricesByTierAddsCarriageAndStoresNothing() {
        String memberId = buyer.member(true).memberId();
        JsonNode preview = buyer.trade("alibaba.createOrder.preview", orderForm(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 100)))
                .body().path("result");

        assertThat(preview.path("cargoList").get(0).path("unitPrice").asLong()).as("100+ tier: 18.50").isEqualTo(1850);
        assertThat(preview.path("sumPaymentNoCarriage").asLong()).isEqualTo(185_000);
        assertThat(preview.path("sumCarriage").asLong()).isEqualTo(2500);
        assertThat(preview.path("sumPayment").asLong()).isEqualTo(187_500);
        assertThat(exportedRows(memberId)).isZero();
    }

    @Test
    void aCrossBorderOrderWaitsForPayment() {
        String memberId = buyer.member(true).memberId();
        JsonNode created = buyer.createOrder(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 1)).body().path("result");

        assertThat(created.path("status").asText()).isEqualTo("waitbuyerpay");
        assertThat(created.path("totalSuccessAmount").asLong()).isEqualTo(4500);
        assertThat(created.path("postFee").asLong()).isEqualTo(2500);
        JsonNode view = buyer.trade("alibaba.trade.get.buyerView", "memberId", memberId, "orderId",
                created.path("orderId").asText()).body().path("result");
        assertThat(view.path("status").asText()).isEqualTo("waitbuyerpay");
        assertThat(view.path("crossBorderLogisticsSolutionId").asText()).isEqualTo("CAINIAO_GLOBAL_STANDARD");
    }

    @Test
    void crossBorderLogisticsIsRequired() {
        String memberId = buyer.member(true).memberId();
        String[] form = orderForm(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "crossBorderLogisticsSolutionId", "");
        assertInvalid(buyer.trade("alibaba.trade.createCrossOrder", form), "crossBorderLogisticsSolutionId", "required");
    }

    @Test
    void aQuantityAboveStockIsRefusedWithTheStock() {
        String memberId = buyer.member(true).memberId();
        JsonNode refused = buyer.createOrder(memberId, cargo("610000000003", "610000000003-black", 6)).body();

        assertThat(refused.path("code").asText()).isEqualTo("QUANTITY_EXCEEDS_STOCK");
        assertThat(refused.path("stock").asLong()).isEqualTo(5);
        assertThat(buyer.createOrder(memberId, cargo("610000000003", "610000000003-white", 1)).body().path("code").asText())
                .as("sold out").isEqualTo("QUANTITY_EXCEEDS_STOCK");
        assertThat(exportedRows(memberId)).isZero();
    }

    @Test
    void aQuantityBelowTheMinimumIsRefusedWithTheMinimum() {
        String memberId = buyer.member(true).memberId();
        JsonNode refused = buyer.createOrder(memberId, cargo("610000000002", "610000000002-clear", 9)).body();

        assertThat(refused.path("code").asText()).isEqualTo("QUANTITY_BELOW_MINIMUM");
        assertThat(refused.path("minOrderQuantity").asLong()).isEqualTo(10);
        assertThat(buyer.createOrder(memberId, cargo("610000000002", "610000000002-clear", 10)).body().path("success").asBoolean())
                .isTrue();
    }

    @Test
    void anOfferNotSoldToTheBuyersRegionCannotBeOrdered() {
        String memberId = buyer.member(true).memberId();
        JsonNode refused = buyer.createOrder(memberId, cargo("610000000004", "610000000004-white", 1)).body();

        assertThat(refused.path("code").asText()).isEqualTo("OFFER_NOT_AVAILABLE_IN_REGION");
        assertThat(refused.path("message").asText()).contains("not currently available for purchase in the current country/region");
    }

    @Test
    void unknownOffersVariantsAndBadQuantitiesNameTheField() {
        String memberId = buyer.member(true).memberId();
        assertInvalid(buyer.createOrder(memberId, cargo("610000009999", "x", 1)), "cargoParamList[0].offerId", "known-offer");
        assertInvalid(buyer.createOrder(memberId, cargo(GUIDE_OFFER, "610000000002-clear", 1)), "cargoParamList[0].specId",
                "known-variant");
        assertInvalid(buyer.createOrder(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 0)), "cargoParamList[0].quantity",
                "whole-number-1-999999999");
        assertInvalid(buyer.createOrder(memberId, "[{\"offerId\":\"" + GUIDE_OFFER + "\",\"specId\":\"" + GUIDE_SPEC
                + "\",\"quantity\":1.5}]"), "cargoParamList[0].quantity", "whole-number-1-999999999");
        assertInvalid(buyer.createOrder(memberId, "[]"), "cargoParamList", "1-to-50-items");
        assertInvalid(buyer.createOrder(memberId, "{\"offerId\":1}"), "cargoParamList", "json-array");
        assertInvalid(buyer.createOrder(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "tradeType", "cash"), "tradeType", "one-of");
        assertInvalid(buyer.createOrder(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 1), "addressParam",
                "{\"fullName\":\"A\",\"mobile\":\"1\",\"countryCode\":\"Malaysia\",\"address\":\"x\"}"),
                "addressParam.countryCode", "iso-3166-alpha-2");
        assertThat(exportedRows(memberId)).isZero();
    }

    @Test
    void oneOrderHoldsOneSuppliersOffers() {
        String memberId = buyer.member(true).memberId();
        String twoSuppliers = "[{\"offerId\":\"610000000001\",\"specId\":\"610000000001-gray\",\"quantity\":1},"
                + "{\"offerId\":\"610000000006\",\"specId\":\"610000000006-city\",\"quantity\":1}]";
        assertThat(buyer.createOrder(memberId, twoSuppliers).body().path("code").asText()).isEqualTo("MIXED_SUPPLIERS");
    }

    @Test
    void aRedPacketTakesItsDiscountAboveItsMinimumOnly() {
        String memberId = buyer.member(true).memberId();
        JsonNode small = buyer.createOrder(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 2), "redPacketId", "RP-5-OFF-50").body();
        JsonNode enough = buyer.createOrder(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 3), "redPacketId", "RP-5-OFF-50")
                .body().path("result");

        assertThat(small.path("code").asText()).isEqualTo("RED_PACKET_NOT_APPLICABLE");
        assertThat(small.path("minimumOrder").asLong()).isEqualTo(5000);
        assertThat(enough.path("discountFee").asLong()).isEqualTo(500);
        assertThat(enough.path("sumPayment").asLong()).isEqualTo(6000 + 2500 - 500);
    }

    @Test
    void anUnknownMemberCannotOrderAndAnotherMembersOrderIsNotFound() {
        String owner = buyer.member(true).memberId();
        String orderId = buyer.order(owner, cargo(GUIDE_OFFER, GUIDE_SPEC, 1));
        String other = buyer.member(true).memberId();

        assertThat(buyer.createOrder("b2b-0000000000", cargo(GUIDE_OFFER, GUIDE_SPEC, 1)).body().path("code").asText())
                .isEqualTo("MEMBER_UNKNOWN");
        assertThat(buyer.trade("alibaba.trade.get.buyerView", "memberId", other, "orderId", orderId).body().path("code").asText())
                .isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void theControlApiMovesAnOrderOnAndRefusesBadInput() {
        String memberId = buyer.member(true).memberId();
        String orderId = buyer.order(memberId, cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        assertThat(buyer.control("order-states", "{\"orderId\":\"" + orderId + "\",\"status\":\"waitbuyerreceive\"}").status())
                .isEqualTo(200);
        assertThat(buyer.trade("alibaba.trade.get.buyerView", "memberId", memberId, "orderId", orderId)
                .body().path("result").path("status").asText()).isEqualTo("waitbuyerreceive");
        SimulatorHttp.Reply bad = buyer.control("order-states", "{\"orderId\":\"" + orderId + "\",\"status\":\"shipped\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("status");
        assertThat(buyer.control("order-states", "{\"orderId\":\"1\",\"status\":\"success\"}").body().path("rule").asText())
                .isEqualTo("known-order");
    }

    private static int exportedRows(String memberId) {
        JsonNode report = buyer.trade("alibaba.trade.order.export.create", "memberId", memberId).body().path("result");
        return report.path("rowCount").asInt();
    }
}
