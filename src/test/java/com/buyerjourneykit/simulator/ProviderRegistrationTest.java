package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.alipay.AlipayProvider;
import com.buyerjourneykit.simulator.member1688.Member1688Provider;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One line in the provider list is all a new provider needs: its transformer serves its mappings,
 * its control routes appear under {@code /__admin/sim/<name>}, the reset reaches it, and it reads
 * other providers through their published views (as WorldFirst will read 1688's).
 */
class ProviderRegistrationTest {
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator(List.of(
            AlipayProvider::new,
            Member1688Provider::new,
            FakeProvider::new));

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
    }

    @Test
    void theListedProvidersTransformerAnswersItsMapping() {
        String mapping = "{\"request\":{\"method\":\"GET\",\"url\":\"/fake/hello\"},"
                + "\"response\":{\"status\":200,\"transformers\":[\"" + FakeProvider.GREETING + "\"]}}";
        assertThat(http.post("/__admin/mappings", mapping, "application/json").status()).isEqualTo(201);

        assertThat(http.get("/fake/hello").body().path("greeting").asText()).isEqualTo("hello from the fake provider");
    }

    @Test
    void theResetWalksTheListAndKeepsTheSharedRoutes() {
        int before = http.get("/__admin/sim/fake/resets").body().path("resets").asInt();

        assertThat(http.post("/__admin/sim/reset", "", "application/json").status()).isEqualTo(204);

        assertThat(http.get("/__admin/sim/fake/resets").body().path("resets").asInt()).isEqualTo(before + 1);
        assertThat(http.get("/__admin/sim/clock").body().path("now").asText())
                .isEqualTo(SimulatorExtensions.DEFAULT_START.toString());
    }

    @Test
    void aProviderReadsAlipaysAccountStatusThroughItsPublishedView() {
        String phone = "+60124790001";
        assertThat(http.get("/__admin/sim/fake/alipay-accounts/" + phone).body().path("complete").asBoolean()).isFalse();

        SimulatorHttp.Reply seeded = http.post("/__admin/sim/alipay/completed-accounts",
                "{\"phone\":\"" + phone + "\"}", "application/json");

        assertThat(seeded.status()).isEqualTo(200);
        assertThat(seeded.body().toString()).isEqualTo("{\"phone\":\"" + phone + "\",\"completed\":true}");
        assertThat(http.get("/__admin/sim/fake/alipay-accounts/" + phone).body().path("complete").asBoolean()).isTrue();
    }

    @Test
    void aProviderReadsWhether1688VerifiedAMemberThroughAlipayByIdOrName() {
        String body = "{\"memberName\":\"Fake_Reader\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\","
                + "\"mobile\":\"124790002\",\"verified\":true}";
        String memberId = http.post("/__admin/sim/1688/members", body, "application/json").body().path("memberId").asText();

        assertThat(verified(memberId)).isTrue();
        assertThat(verified("fake_reader")).isTrue();
        assertThat(verified("nobody_here")).isFalse();
    }

    private static boolean verified(String member) {
        return http.get("/__admin/sim/fake/1688-members/" + member).body().path("verified").asBoolean();
    }
}
