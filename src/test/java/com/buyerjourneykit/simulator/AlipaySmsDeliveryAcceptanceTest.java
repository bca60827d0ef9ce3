package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** The SMS-delivery magic numbers of a real, running simulator, seen through the Alipay code. */
class AlipaySmsDeliveryAcceptanceTest {
    private static final String SEND = "alipay.user.personal.register.sms.send";
    private static final String VERIFY = "alipay.user.personal.register.sms.verify";
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
    }

    @Test
    void theNeverReceivingNumberIsSentItsCodeButItNeverArrives() {
        JsonNode sent = response(SEND, http.gateway(SEND, phone("19-000 0009")));
        assertThat(sent.path("code").asText()).isEqualTo("10000");
        assertThat(sent.path("masked_mobile").asText()).isEqualTo("+60 ••• ••• 009");

        advance("+60190000009", 3600);
        assertThat(inbox("+60190000009")).isEmpty();
    }

    @Test
    void theLateNumberSeesItsCodeOnlyOnceItsOwnClockIsTwoMinutesOn() {
        assertThat(response(SEND, http.gateway(SEND, phone("190000005"))).path("code").asText()).isEqualTo("10000");
        assertThat(inbox("+60190000005")).isEmpty();

        advance("+60190000005", 119);
        assertThat(inbox("+60190000005")).isEmpty();
        advance("+60190000005", 1);
        JsonNode messages = inbox("+60190000005");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("sentAt").asText()).isEqualTo("2026-01-05T01:00:00Z");

        String code = messages.get(0).path("code").asText();
        String verify = "{\"country_code\":\"+60\",\"mobile\":\"190000005\",\"code\":\"" + code + "\"}";
        assertThat(response(VERIFY, http.gateway(VERIFY, verify)).path("code").asText()).isEqualTo("10000");
    }

    @Test
    void anOrdinaryNumberReceivesItsCodeAtOnce() {
        http.gateway(SEND, phone("123452001"));
        assertThat(inbox("+60123452001")).hasSize(1);
    }

    @Test
    void aNumberNextToTheMagicOnesIsStillCheckedAsARealMobile() {
        SimulatorHttp.Reply reply = http.gateway(SEND, phone("1100000007"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(response(SEND, reply).path("rule").asText()).isEqualTo("mobile-number-for-country");
    }

    private static void advance(String phone, int seconds) {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"" + phone + "\"}", "application/json");
    }

    private static JsonNode inbox(String phone) {
        return http.get("/__admin/sim/sms-inbox/" + phone).body().path("messages");
    }

    private static String phone(String mobile) {
        return "{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\"}";
    }

    private static JsonNode response(String method, SimulatorHttp.Reply reply) {
        return reply.body().path(method.replace('.', '_') + "_response");
    }
}
