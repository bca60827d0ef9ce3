package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_OFFER;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_SPEC;
import static com.buyerjourneykit.simulator.CommerceBuyer.PASSWORD;
import static com.buyerjourneykit.simulator.CommerceBuyer.cargo;
import static com.buyerjourneykit.simulator.CommerceBuyer.newMobile;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.CommerceBuyer.Member;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WorldFirst set-up controls for paying (balances, world-pay-links) on a real simulator, seen through 1688's cashier. */
class WorldFirstPaymentSetUpAcceptanceTest {
    private static SimulatorHttp http;
    private static CommerceBuyer commerce;
    private static WorldFirstBuyer worldFirst;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        commerce = new CommerceBuyer(http, SIMULATOR.baseUrl());
        worldFirst = new WorldFirstBuyer(http, new WorldFirstClient(SIMULATOR.baseUrl()));
    }

    @Test
    void aLinkedMemberWithASetBalancePaysWithWorldPayAndTheBalanceIsDebited() {
        Member member = commerce.member(true);
        String account = worldFirst.seededWorldAccount(newMobile(), null);
        assertThat(control("balances", account, "\"currency\":\"CNH\",\"value\":\"10000\"").status()).isEqualTo(200);
        assertThat(control("world-pay-links", account, "\"alibaba1688Id\":\"" + member.memberId() + "\"").status()).isEqualTo(200);
        String orderId = commerce.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        assertThat(commerce.payWays(member.memberId(), orderId).path("worldPayOffered").asBoolean()).isTrue();
        assertThat(commerce.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD, "r-1").body().path("success")
                .asBoolean()).isTrue();
        assertThat(worldFirst.balance(account, "CNH")).as("10000 - (4500 + 36 + 9)").isEqualTo(5455);
        assertThat(control("balances", account, "\"currency\":\"CNH\",\"value\":\"1\"").body().path("balance")
                .path("value").asText()).as("set, not added").isEqualTo("1");
    }

    @Test
    void theControlsNameWhatIsWrong() {
        String account = worldFirst.seededWorldAccount(newMobile(), null);
        String memberId = commerce.member(true).memberId();
        control("world-pay-links", account, "\"alibaba1688Id\":\"" + memberId + "\"");

        assertThat(rule(control("world-pay-links", account, "\"alibaba1688Id\":\"" + memberId + "\"")))
                .isEqualTo("alibaba1688Id not-yet-linked");
        assertThat(rule(control("balances", "WA-nope", "\"currency\":\"CNH\",\"value\":\"1\""))).isEqualTo("worldAccountId known-world-account");
        assertThat(rule(control("balances", account, "\"currency\":\"CNH\",\"value\":\"1.5\""))).startsWith("value ");
    }

    private static SimulatorHttp.Reply control(String path, String account, String fields) {
        return http.post("/__admin/sim/worldfirst/" + path, "{\"worldAccountId\":\"" + account + "\"," + fields + "}",
                "application/json");
    }

    private static String rule(SimulatorHttp.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        return reply.body().path("field").asText() + " " + reply.body().path("rule").asText();
    }
}
