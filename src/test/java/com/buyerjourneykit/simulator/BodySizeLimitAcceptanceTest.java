package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body over 64 KiB is refused before anything reads it, in the style of whoever was called
 * (issue 7, defect 6): Alipay's error envelope, the 1688 gateway's error, the control API's
 * {field, rule, message}. Always JSON with status 413, never a plain-text page.
 */
class BodySizeLimitAcceptanceTest {
    private static final String SEND = "alipay.user.personal.register.sms.send";
    private static final String OVER_LIMIT = "x".repeat(64 * 1024 + 1);
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
    }

    @Test
    void alipayAnswersInItsOwnEnvelope() {
        String biz = "{\"country_code\":\"+60\",\"mobile\":\"123480001\",\"padding\":\"" + OVER_LIMIT + "\"}";
        SimulatorHttp.Reply reply = http.gateway(SEND, biz);
        assertThat(reply.status()).isEqualTo(413);
        JsonNode error = reply.body().path("error_response");
        assertThat(error.path("code").asText()).isEqualTo("40002");
        assertThat(error.path("field").asText()).isEqualTo("body");
        assertThat(error.path("rule").asText()).isEqualTo("max-size-65536");
        assertThat(reply.body().path("sign").asText()).isEqualTo("SIMULATED");
        assertThat(http.get("/__admin/sim/sms-inbox/+60123480001").body().path("messages")).isEmpty();
    }

    @Test
    void the1688GatewayAnswersWithItsGatewayError() {
        Aop1688Client aop = new Aop1688Client(http);
        SimulatorHttp.Reply reply = aop.call("account.user.login", "memberName", "sizelimit", "password", OVER_LIMIT);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().path("error_code").asText()).isEqualTo("gw.RequestTooLarge");
        assertThat(reply.body().path("error_message").asText()).contains("65536");
    }

    @Test
    void theControlApiAnswersWithFieldAndRule() {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/clock/advance",
                "{\"seconds\":60,\"padding\":\"" + OVER_LIMIT + "\"}", "application/json");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().path("field").asText()).isEqualTo("body");
        assertThat(reply.body().path("rule").asText()).isEqualTo("max-size-65536");
        assertThat(http.get("/__admin/sim/clock").body().path("now").asText()).isEqualTo("2026-01-05T01:00:00Z");
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String biz = "{\"country_code\":\"+60\",\"mobile\":\"123480002\"}";
        String padding = "&padding=" + "y".repeat(60 * 1024);
        SimulatorHttp.Reply reply = http.post("/alipay/gateway.do",
                "method=" + SEND + "&biz_content=" + java.net.URLEncoder.encode(biz, java.nio.charset.StandardCharsets.UTF_8)
                        + padding, "application/x-www-form-urlencoded");
        assertThat(reply.status()).isEqualTo(200);
    }
}
