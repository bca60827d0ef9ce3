package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A form body nobody can decode, or any body in a charset nobody knows, was WireMock's own HTTP
 * 500 (Jetty's "Not valid encoding '%zz'", UnsupportedCharsetException), before any provider code
 * ran; found by the bad-input generator. Now each provider answers its own 400 naming the field
 * and the rule, and the control API its {field, rule, message}.
 */
class UnreadableFormBodyTest {
    private static Simulator simulator;
    private static Probe probe;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(0, Path.of("stubs"));
        probe = new Probe(simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%zz", "%", "%u0041", "%FF%FE", "%C0%AF", "%ED%A0%80"})
    void alipayAnswersItsOwnRefusal(String brokenEscape) {
        Reply reply = probe.send(Shot.post("/alipay/gateway.do", Shot.FORM,
                "method=alipay.user.personal.account.query&biz_content=" + brokenEscape));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("error_response").path("field").asText()).isEqualTo("body");
        assertThat(reply.json().path("error_response").path("rule").asText()).isEqualTo("form-urlencoded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memberId=%zz", "memberId=b2b-1&_aop_signature=%"})
    void the1688GatewayAnswersAGatewayError(String form) {
        Reply reply = probe.send(Shot.post("/1688/openapi/" + AopSigner.urlPath("account.alipay.status"), Shot.FORM, form));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("error_code").asText()).isEqualTo("gw.MalformedRequest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__admin/sim/clock/advance", "/worldfirst/amsin/api/v1/fund/inquiryRate", "/alipay/gateway.do",
        "/1688/openapi/param2/1/com.alibaba.fenxiao.crossborder/account.alipay.status/bjk-reference-app"})
    void aBodyInACharsetNobodyKnowsNamesContentType(String path) {
        Reply reply = probe.send(Shot.post(path, "application/json; charset=nonsense", "{\"seconds\":1}"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.body()).contains("Content-Type")
                .containsAnyOf("\"rule\":\"known-charset\"", "\"error_code\":\"gw.MalformedRequest\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded; charset=nonsense", "application/x-www-form-urlencoded"})
    void anUnknownCharsetOrBrokenEscapeOnAControlCallNamesFieldAndRule(String type) {
        Reply reply = probe.send(Shot.post("/__admin/sim/clock/advance", type, "seconds=%zz"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isIn("body", "Content-Type");
        assertThat(reply.json().path("rule").asText()).isIn("form-urlencoded", "known-charset");
    }
}
