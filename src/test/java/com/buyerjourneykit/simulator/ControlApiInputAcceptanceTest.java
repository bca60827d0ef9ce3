package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The control API reads its input as strictly as the providers do (issue 7, defect 8): a phone in
 * a path is percent-decoded, every phone must be the E.164 form of a real mobile, and a JSON body
 * must be exactly one object without repeated keys.
 */
class ControlApiInputAcceptanceTest {
    private static final String SEND = "alipay.user.personal.register.sms.send";
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
    }

    @Test
    void anEncodedPlusInTheInboxPathReadsTheBuyersMessages() {
        http.gateway(SEND, "{\"country_code\":\"+60\",\"mobile\":\"123470001\"}");
        SimulatorHttp.Reply encoded = http.get("/__admin/sim/sms-inbox/%2B60123470001");
        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.body().path("phone").asText()).isEqualTo("+60123470001");
        assertThat(encoded.body().path("messages")).hasSize(1);
        assertThat(http.get("/__admin/sim/sms-inbox/+60123470001").body().path("messages")).hasSize(1);
    }

    @Test
    void anEncodedPlusInTheClockPathReadsTheBuyersClock() {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":60,\"phone\":\"+60123470002\"}", "application/json");
        assertThat(http.get("/__admin/sim/clock/%2B60123470002").body().path("now").asText())
                .isEqualTo("2026-01-05T01:01:00Z");
    }

    @ParameterizedTest(name = "phone \"{0}\"")
    @CsvSource({"abc", "60123470003", "+60 123470003", "+6012", "+999123456789", "+60312345678"})
    void advancingTheClockForSomethingThatIsNotAMobileIsRefused(String phone) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/clock/advance",
                "{\"seconds\":60,\"phone\":\"" + phone + "\"}", "application/json");
        assertInvalid(reply, "phone", "e164");
        assertThat(http.get("/__admin/sim/clock").body().path("now").asText()).isEqualTo("2026-01-05T01:00:00Z");
    }

    @ParameterizedTest(name = "path {0}")
    @CsvSource({"/__admin/sim/sms-inbox/abc", "/__admin/sim/sms-inbox/60123470004", "/__admin/sim/clock/abc",
        "/__admin/sim/sms-inbox/%2B60%20123470004", "/__admin/sim/clock/%2B60"})
    void readingAnInboxOrAClockOfSomethingThatIsNotAMobileIsRefused(String path) {
        assertInvalid(http.get(path), "phone", "e164");
    }

    @Test
    void seedingRefusesAPhoneThatIsNotAMobile() {
        assertInvalid(http.post("/__admin/sim/alipay/completed-accounts", "{\"phone\":\"+60312345678\"}",
                "application/json"), "phone", "e164");
    }

    @Test
    void aBodyWithTextAfterTheObjectIsRefused() {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/clock/advance", "{\"seconds\":60} {\"seconds\":600}",
                "application/json");
        assertInvalid(reply, "body", "single-json-object");
        assertThat(http.get("/__admin/sim/clock").body().path("now").asText()).isEqualTo("2026-01-05T01:00:00Z");
    }

    @Test
    void aRepeatedKeyIsRefusedNamingTheKey() {
        assertInvalid(http.post("/__admin/sim/clock/advance", "{\"seconds\":60,\"seconds\":600}", "application/json"),
                "seconds", "no-duplicate-keys");
        assertInvalid(http.post("/__admin/sim/1688/members",
                "{\"memberName\":\"dupkey01\",\"memberName\":\"dupkey02\",\"password\":\"Secret-2026\",\"mobile\":\"13800138000\"}",
                "application/json"), "memberName", "no-duplicate-keys");
        assertInvalid(http.put("/__admin/sim/clock", "{\"now\":\"2026-02-01T00:00:00Z\"} trailing"),
                "body", "single-json-object");
    }

    private static void assertInvalid(SimulatorHttp.Reply reply, String field, String rule) {
        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.body();
        assertThat(body.path("field").asText()).isEqualTo(field);
        assertThat(body.path("rule").asText()).isEqualTo(rule);
        assertThat(body.path("message").asText()).isNotBlank();
    }
}
