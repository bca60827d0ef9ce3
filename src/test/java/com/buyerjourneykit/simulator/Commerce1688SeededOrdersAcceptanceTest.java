package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Commerce1688SearchAcceptanceTest.assertInvalid;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_OFFER;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_SPEC;
import static com.buyerjourneykit.simulator.CommerceBuyer.cargo;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.CommerceBuyer.Member;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 我的订单 ({@code alibaba.trade.getBuyerOrderList}) and the control that seeds a paid order, on a real simulator. */
class Commerce1688SeededOrdersAcceptanceTest {
    private static CommerceBuyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new CommerceBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), SIMULATOR.baseUrl());
    }

    @Test
    void aSeededOrderIsPaidByCardAndListedNewestFirstBesideOrdersThatWerePlaced() {
        Member member = buyer.member(true);
        String placed = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 2));
        SimulatorHttp.Reply seeded = buyer.control("orders", "{\"memberId\":\"" + member.memberId()
                + "\",\"offerId\":\"610000000002\",\"quantity\":12}");

        assertThat(seeded.status()).as(seeded.text()).isEqualTo(201);
        String seededId = seeded.body().path("orderId").asText();
        JsonNode list = list(member.memberId());
        assertThat(list.path("totalRecord").asInt()).isEqualTo(2);
        JsonNode newest = list.path("orders").get(0);
        assertThat(newest.path("orderId").asText()).isEqualTo(seededId);
        assertThat(newest.path("status").asText()).isEqualTo("waitsellersend");
        assertThat(newest.path("payment").path("payWay").asText()).isEqualTo("card");
        assertThat(newest.path("cargoList").get(0).path("quantity").asLong()).isEqualTo(12);
        assertThat(list.path("orders").get(1).path("orderId").asText()).isEqualTo(placed);
    }

    @Test
    void theListFollowsTheStatusFilterAndPagesAndShowsNoOtherMembersOrders() {
        Member member = buyer.member(true);
        buyer.control("orders", "{\"memberId\":\"" + member.memberId() + "\",\"offerId\":\"" + GUIDE_OFFER
                + "\",\"status\":\"waitbuyerpay\"}");
        buyer.control("orders", "{\"memberId\":\"" + member.memberId() + "\",\"offerId\":\"" + GUIDE_OFFER + "\"}");
        buyer.control("orders", "{\"memberId\":\"" + buyer.member(true).memberId() + "\",\"offerId\":\"" + GUIDE_OFFER + "\"}");

        JsonNode unpaid = list(member.memberId(), "orderStatus", "waitbuyerpay");
        assertThat(unpaid.path("totalRecord").asInt()).isEqualTo(1);
        assertThat(unpaid.path("orders").get(0).has("payment")).isFalse();
        JsonNode secondPage = list(member.memberId(), "page", "2", "pageSize", "1");
        assertThat(secondPage.path("totalRecord").asInt()).isEqualTo(2);
        assertThat(secondPage.path("orders")).hasSize(1);
        assertInvalid(buyer.trade("alibaba.trade.getBuyerOrderList", "memberId", member.memberId(), "pageSize", "51"),
                "pageSize", "whole-number-1-50");
        assertInvalid(buyer.trade("alibaba.trade.getBuyerOrderList", "memberId", member.memberId(), "orderStatus", "paid"),
                "orderStatus", "one-of");
    }

    @Test
    void seedingRefusesWhatCouldNotBeOrderedNamingTheField() {
        Member member = buyer.member(true);

        assertThat(seedRule(member, "\"offerId\":\"999\"")).isEqualTo("offerId known-offer");
        assertThat(seedRule(member, "\"offerId\":\"" + GUIDE_OFFER + "\",\"specId\":\"nope\"")).isEqualTo("specId known-variant");
        assertThat(seedRule(member, "\"offerId\":\"610000000002\",\"quantity\":2")).isEqualTo("quantity orderable");
        assertThat(seedRule(member, "\"offerId\":\"" + GUIDE_OFFER + "\",\"payWay\":\"cash\"")).isEqualTo("payWay one-of");
        assertThat(list(member.memberId()).path("totalRecord").asInt()).as("nothing stored").isZero();
    }

    private String seedRule(Member member, String fields) {
        SimulatorHttp.Reply reply = buyer.control("orders", "{\"memberId\":\"" + member.memberId() + "\"," + fields + "}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        return reply.body().path("field").asText() + " " + reply.body().path("rule").asText();
    }

    private static JsonNode list(String memberId, String... more) {
        String[] form = new String[2 + more.length];
        form[0] = "memberId";
        form[1] = memberId;
        System.arraycopy(more, 0, form, 2, more.length);
        SimulatorHttp.Reply reply = buyer.trade("alibaba.trade.getBuyerOrderList", form);
        assertThat(reply.body().path("success").asBoolean()).as(reply.text()).isTrue();
        return reply.body().path("result");
    }
}
