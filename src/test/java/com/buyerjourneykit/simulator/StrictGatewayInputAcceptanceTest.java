package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input the gateways must refuse rather than guess at (issue 7, defects 2-5): biz_content that is
 * more than one JSON object or repeats a key, a parameter given twice, a form declared as another
 * type. A refused call changes nothing: no code is sent, no code is spent.
 */
class StrictGatewayInputAcceptanceTest {
    private static final String SEND = "alipay.user.personal.register.sms.send";
    private static final String VERIFY = "alipay.user.personal.register.sms.verify";
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"+7, 9123456572, +7 ••• ••• 572", "+852, 91234678, +852 ••• ••• 678", "+1, 2025550123, +1 ••• ••• 123"})
    void theMaskedMobileKeepsTheWholeCallingCode(String countryCode, String mobile, String masked) {
        String biz = "{\"country_code\":\"" + countryCode + "\",\"mobile\":\"" + mobile + "\"}";
        JsonNode sent = response(SEND, http.gateway(SEND, biz));
        assertThat(sent.path("code").asText()).isEqualTo("10000");
        assertThat(sent.path("masked_mobile").asText()).isEqualTo(masked);
    }

    @Test
    void refusesBizContentWithTextAfterTheObjectAndSendsNothing() {
        SimulatorHttp.Reply reply = http.gateway(SEND, phone("123460001") + " {\"mobile\":\"123460002\"}");
        assertParameterError(SEND, reply, "biz_content", "single-json-object");
        assertThat(inbox("+60123460001")).isEmpty();
        assertThat(inbox("+60123460002")).isEmpty();
    }

    @Test
    void refusesARepeatedKeySoAWrongCodeFollowedByTheRightOneDoesNotPass() {
        http.gateway(SEND, phone("123460003"));
        String code = inbox("+60123460003").get(0).path("code").asText();
        String twice = "{\"country_code\":\"+60\",\"mobile\":\"123460003\",\"code\":\"" + Member1688Buyer.wrong(code)
                + "\",\"code\":\"" + code + "\"}";
        assertParameterError(VERIFY, http.gateway(VERIFY, twice), "code", "no-duplicate-keys");

        String once = "{\"country_code\":\"+60\",\"mobile\":\"123460003\",\"code\":\"" + code + "\"}";
        assertThat(response(VERIFY, http.gateway(VERIFY, once)).path("code").asText()).isEqualTo("10000");
    }

    @Test
    void aPhoneRefusalNamesTheFieldAsTheGatewaySpellsIt() {
        SimulatorHttp.Reply reply = http.gateway(SEND, "{\"country_code\":\"\",\"mobile\":\"123460009\"}");
        JsonNode error = response(SEND, reply);
        assertThat(error.path("field").asText()).isEqualTo("country_code");
        assertThat(error.path("sub_msg").asText()).startsWith("country_code ").doesNotContain("countryCode").doesNotContain("()");
    }

    @Test
    void refusesMethodGivenTwiceAndActsOnNeither() {
        String form = "method=" + SEND + "&method=" + VERIFY + "&biz_content=" + encoded(phone("123460004"));
        SimulatorHttp.Reply reply = http.post("/alipay/gateway.do", form, "application/x-www-form-urlencoded");
        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.body().path("error_response");
        assertThat(error.path("code").asText()).isEqualTo("40002");
        assertThat(error.path("field").asText()).isEqualTo("method");
        assertThat(error.path("rule").asText()).isEqualTo("single-value");
        assertThat(reply.body().path(SEND.replace('.', '_') + "_response").isMissingNode()).isTrue();
        assertThat(reply.body().path(VERIFY.replace('.', '_') + "_response").isMissingNode()).isTrue();
        assertThat(inbox("+60123460004")).isEmpty();
    }

    @Test
    void refusesAnyOtherParameterGivenTwice() {
        String form = "method=" + SEND + "&biz_content=" + encoded(phone("123460005"))
                + "&biz_content=" + encoded(phone("123460006"));
        assertParameterError(SEND, http.post("/alipay/gateway.do", form, "application/x-www-form-urlencoded"),
                "biz_content", "single-value");
        assertThat(inbox("+60123460005")).isEmpty();
        assertThat(inbox("+60123460006")).isEmpty();
    }

    @Test
    void theAlipayGatewayTakesFormEncodingOnly() {
        String form = "method=" + SEND + "&biz_content=" + encoded(phone("123460007"));
        SimulatorHttp.Reply reply = http.post("/alipay/gateway.do", form, "text/plain");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body().path("error_response").path("field").asText()).isEqualTo("Content-Type");
        assertThat(reply.body().path("error_response").path("rule").asText()).isEqualTo("form-urlencoded");
        assertThat(inbox("+60123460007")).isEmpty();
    }

    @ParameterizedTest(name = "declared {0}")
    @CsvSource({"text/plain", "application/json", "multipart/form-data; boundary=x"})
    void the1688GatewayTakesAProperlySignedFormOnlyWhenDeclaredAsAForm(String contentType) {
        Member1688Buyer buyer = new Member1688Buyer(http);
        Aop1688Client.SignedCall call = buyer.aop().signed(Member1688Buyer.REGISTER,
                Member1688Buyer.flatten(buyer.form("strict" + contentType.length(), "124760001")));
        SimulatorHttp.Reply reply = http.post(call.path(), call.form(), contentType);
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body().path("error_code").asText()).isEqualTo("gw.UnsupportedContentType");
        assertThat(reply.body().path("error_message").asText()).contains("application/x-www-form-urlencoded");
        assertThat(inbox("+60124760001")).isEmpty();

        assertThat(http.post(call.path(), call.form(), "application/x-www-form-urlencoded; charset=UTF-8").status())
                .isEqualTo(200);
        assertThat(inbox("+60124760001")).hasSize(1);
        http.post("/__admin/sim/reset", "", "application/json");
    }

    private static void assertParameterError(String method, SimulatorHttp.Reply reply, String field, String rule) {
        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = response(method, reply);
        assertThat(error.path("code").asText()).isEqualTo("40002");
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("rule").asText()).isEqualTo(rule);
        assertThat(error.path("sub_msg").asText()).isNotBlank();
    }

    private static JsonNode inbox(String phone) {
        return http.get("/__admin/sim/sms-inbox/" + phone).body().path("messages");
    }

    private static String phone(String mobile) {
        return "{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\"}";
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode response(String method, SimulatorHttp.Reply reply) {
        return reply.body().path(method.replace('.', '_') + "_response");
    }
}
