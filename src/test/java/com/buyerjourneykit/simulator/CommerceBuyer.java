package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A buyer of 1688's cross-border commerce, for the acceptance tests: members, World Pay, orders and payments. */
final class CommerceBuyer {
    static final String TRADE = "com.alibaba.trade";
    static final String GUIDE_OFFER = "610000000001";
    static final String GUIDE_SPEC = "610000000001-gray";
    static final String PASSWORD = "246810";
    static final String ADDRESS = "{\"fullName\":\"Aminah Tan\",\"mobile\":\"+60123456789\",\"countryCode\":\"MY\","
            + "\"address\":\"1 Jalan Ampang, Kuala Lumpur\"}";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final SimulatorHttp http;
    private final Aop1688Client aop;
    private final WorldFirstBuyer worldFirst;

    CommerceBuyer(SimulatorHttp http, String baseUrl) {
        this.http = http;
        this.aop = new Aop1688Client(http);
        this.worldFirst = new WorldFirstBuyer(http, new WorldFirstClient(baseUrl));
    }

    /** A member, id and name, with World Pay when a World Account funded with {@code cnhFen} is authorised. */
    record Member(String memberId, String memberName, String worldAccountId) {
    }

    Member member(boolean verified) {
        String name = "buyer_" + NEXT.incrementAndGet() + "_" + System.nanoTime() % 100_000;
        SimulatorHttp.Reply reply = http.post("/__admin/sim/1688/members", "{\"memberName\":\"" + name
                + "\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\",\"mobile\":\"" + newMobile() + "\",\"verified\":"
                + verified + "}", "application/json");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return new Member(reply.body().path("memberId").asText(), name, null);
    }

    /** A verified member authorised for World Pay under a World Account holding {@code cnhFen}. */
    Member worldPayMember(long cnhFen) {
        Member member = member(true);
        String mobile = newMobile();
        String account = worldFirst.fundedWorldAccount(mobile, "CNH", Long.toString(cnhFen));
        assertThat(worldFirst.authorise(account, mobile, member.memberName()).code()).isEqualTo("SUCCESS");
        return new Member(member.memberId(), member.memberName(), account);
    }

    long cnhBalance(Member member) {
        return worldFirst.balance(member.worldAccountId(), "CNH");
    }

    static String newMobile() {
        return String.format("1249%05d", NEXT.incrementAndGet());
    }

    static String cargo(String offerId, String specId, long quantity) {
        return "[{\"offerId\":\"" + offerId + "\",\"specId\":\"" + specId + "\",\"quantity\":" + quantity + "}]";
    }

    /** The fields of a valid order of {@code quantity} guide products for this member, followed by {@code more}. */
    static String[] orderForm(String memberId, String cargo, String... more) {
        List<String> form = new ArrayList<>(List.of("memberId", memberId, "addressParam", ADDRESS, "cargoParamList", cargo,
                "tradeType", "assureTrade", "crossBorderLogisticsSolutionId", "CAINIAO_GLOBAL_STANDARD"));
        for (int index = 0; index < more.length; index += 2) {
            int at = form.indexOf(more[index]);
            if (at >= 0 && at % 2 == 0) {
                form.set(at + 1, more[index + 1]);
            } else {
                form.add(more[index]);
                form.add(more[index + 1]);
            }
        }
        return form.toArray(String[]::new);
    }

    SimulatorHttp.Reply trade(String api, String... keysAndValues) {
        return aop.inNamespace(TRADE, api, keysAndValues);
    }

    SimulatorHttp.Reply search(String api, String... keysAndValues) {
        return aop.call(api, keysAndValues);
    }

    SimulatorHttp.Reply createOrder(String memberId, String cargo, String... more) {
        return trade("alibaba.trade.createCrossOrder", orderForm(memberId, cargo, more));
    }

    /** Creates an order that must succeed; answers its id. */
    String order(String memberId, String cargo, String... more) {
        SimulatorHttp.Reply created = createOrder(memberId, cargo, more);
        assertThat(created.body().path("success").asBoolean()).as(created.body().toString()).isTrue();
        return created.body().path("result").path("orderId").asText();
    }

    JsonNode payWays(String memberId, String orderId) {
        SimulatorHttp.Reply reply = trade("alibaba.trade.payWay.query", "memberId", memberId, "orderId", orderId);
        assertThat(reply.body().path("success").asBoolean()).as(reply.body().toString()).isTrue();
        return reply.body().path("result");
    }

    SimulatorHttp.Reply pay(String memberId, String orderId, String payWay, String password, String requestId) {
        return trade("alibaba.trade.pay", "memberId", memberId, "orderId", orderId, "payWay", payWay,
                "paymentPassword", password, "requestId", requestId);
    }

    SimulatorHttp.Reply control(String path, String json) {
        return http.post("/__admin/sim/1688/" + path, json, "application/json");
    }
}
