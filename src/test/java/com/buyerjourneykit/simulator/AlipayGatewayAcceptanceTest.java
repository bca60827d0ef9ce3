package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Alipay gateway of a real, running simulator: the code's life and every kind of bad input. */
class AlipayGatewayAcceptanceTest {
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
    void sendsASixDigitCodeToTheInboxAndAcceptsItOnce() {
        JsonNode sent = response(SEND, http.gateway(SEND, phone("123450001")));
        assertThat(sent.path("code").asText()).isEqualTo("10000");
        assertThat(sent.path("resend_in_seconds").asInt()).isEqualTo(60);
        String code = http.get("/__admin/sim/sms-inbox/+60123450001").body().path("messages").get(0).path("code").asText();
        assertThat(code).matches("\\d{6}");

        assertThat(response(VERIFY, verify("123450001", code)).path("code").asText()).isEqualTo("10000");
        assertThat(response(VERIFY, verify("123450001", code)).path("sub_code").asText()).isEqualTo("isv.SMS_CODE_USED");
    }

    @Test
    void expiresAfterFiveMinutesOnTheBuyersOwnClock() {
        http.gateway(SEND, phone("123450002"));
        String code = http.get("/__admin/sim/sms-inbox/+60123450002").body().path("messages").get(0).path("code").asText();
        http.post("/__admin/sim/clock/advance", "{\"seconds\":300,\"phone\":\"+60123450002\"}", "application/json");

        assertThat(response(VERIFY, verify("123450002", code)).path("sub_code").asText()).isEqualTo("isv.SMS_CODE_EXPIRED");
        assertThat(http.get("/__admin/sim/clock").body().path("now").asText()).isEqualTo("2026-01-05T01:00:00Z");
    }

    @Test
    void refusesAResendDuringTheCountdown() {
        http.gateway(SEND, phone("123450003"));
        JsonNode again = response(SEND, http.gateway(SEND, phone("123450003")));
        assertThat(again.path("sub_code").asText()).isEqualTo("isv.SMS_SEND_TOO_FREQUENT");
        assertThat(again.path("retry_after_seconds").asInt()).isEqualTo(60);
    }

    @ParameterizedTest(name = "{0} → {2}/{3}")
    @CsvSource(delimiter = '|', value = {
        "{\"country_code\":\"+60\",\"mobile\":\"2025550123\"} | 400 | mobile | mobile-number-for-country",
        "{\"country_code\":\"+999\",\"mobile\":\"123456789\"} | 400 | country_code | known-country-code",
        "{\"country_code\":\"+60\",\"mobile\":123456789}       | 400 | mobile | string",
        "{\"country_code\":\"+60\"}                            | 400 | mobile | required",
        "not json                                              | 400 | biz_content | json-object",
        "[1,2]                                                 | 400 | biz_content | json-object"})
    void refusesBadInputNamingTheFieldAndTheRule(String bizContent, int status, String field, String rule) {
        SimulatorHttp.Reply reply = http.gateway(SEND, bizContent);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(response(SEND, reply).path("field").asText()).isEqualTo(field);
        assertThat(response(SEND, reply).path("rule").asText()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "code \"{0}\"")
    @CsvSource({"12345", "1234567", "12a456", "'      '"})
    void refusesCodesOfTheWrongShape(String code) {
        SimulatorHttp.Reply reply = verify("123450004", code);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(response(VERIFY, reply).path("field").asText()).isEqualTo("code");
    }

    @Test
    void answersAnUnknownPhoneAsABusinessFailure() {
        assertThat(response(VERIFY, verify("123450005", "123456")).path("sub_code").asText()).isEqualTo("isv.SMS_CODE_NOT_REQUESTED");
    }

    @Test
    void refusesAnEmptyBodyAndAnUnknownMethod() {
        SimulatorHttp.Reply empty = http.post("/alipay/gateway.do", "", "application/x-www-form-urlencoded");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("error_response").path("sub_code").asText()).isEqualTo("isv.missing-method");

        SimulatorHttp.Reply unknown = http.gateway("alipay.no.such.method", "{}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("error_response").path("field").asText()).isEqualTo("method");
    }

    @Test
    void clockControlRefusesNonsense() {
        assertThat(http.post("/__admin/sim/clock/advance", "{\"seconds\":-5}", "application/json").body().path("rule").asText())
                .isEqualTo("positive-whole-number");
        assertThat(http.post("/__admin/sim/clock/advance", "", "application/json").status()).isEqualTo(400);
        assertThat(http.put("/__admin/sim/clock", "{\"now\":\"2000-01-01T00:00:00Z\"}").body().path("rule").asText())
                .isEqualTo("not-before-current-time");
        assertThat(http.put("/__admin/sim/clock", "{\"now\":\"yesterday\"}").body().path("rule").asText())
                .isEqualTo("iso-8601-instant");
    }

    @Test
    void readsTheClockAsOneBuyerSeesIt() {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":90,\"phone\":\"+60123450006\"}", "application/json");
        SimulatorHttp.Reply buyer = http.get("/__admin/sim/clock/+60123450006");
        assertThat(buyer.status()).isEqualTo(200);
        assertThat(buyer.body().path("now").asText()).isEqualTo("2026-01-05T01:01:30Z");
        assertThat(http.get("/__admin/sim/clock").body().path("now").asText()).isEqualTo("2026-01-05T01:00:00Z");
    }

    @Test
    void inboxOfAPhoneThatWasSentNothingIsEmpty() {
        assertThat(http.get("/__admin/sim/sms-inbox/+60123459999").body().path("messages")).isEmpty();
    }

    private static SimulatorHttp.Reply verify(String mobile, String code) {
        return http.gateway(VERIFY, "{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\",\"code\":\"" + code + "\"}");
    }

    private static String phone(String mobile) {
        return "{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\"}";
    }

    private static JsonNode response(String method, SimulatorHttp.Reply reply) {
        return reply.body().path(method.replace('.', '_') + "_response");
    }
}
