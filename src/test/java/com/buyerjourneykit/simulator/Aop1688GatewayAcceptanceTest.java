package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** The 1688 AOP gateway of a real, running simulator: app key, {@code _aop_signature}, unknown APIs, envelopes. */
class Aop1688GatewayAcceptanceTest {
    private static final String CHALLENGE = "account.slider.challenge";
    private static SimulatorHttp http;
    private static Aop1688Client aop;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        aop = new Aop1688Client(http);
    }

    @Test
    void aSignedCallGetsTheBusinessEnvelope() {
        SimulatorHttp.Reply reply = aop.call(CHALLENGE, "_aop_timestamp", "1767574800000");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("success").asBoolean()).isTrue();
        assertThat(reply.body().path("code").asText()).isEqualTo("SUCCESS");
        assertThat(reply.body().path("result").path("challengeId").asText()).isNotBlank();
        assertThat(reply.body().path("result").path("trackWidth").asInt()).isEqualTo(300);
    }

    @Test
    void refusesACallWithoutSignature() {
        assertGatewayError(aop.unsigned(CHALLENGE, "_aop_timestamp", "1767574800000"), "gw.SignatureMissing");
        assertGatewayError(aop.withSignature(CHALLENGE, ""), "gw.SignatureMissing");
    }

    @Test
    void refusesASignatureMadeWithAnotherSecretOrInLowerCase() {
        assertGatewayError(aop.callAs(Aop1688Client.APP_KEY, "not-the-secret", CHALLENGE), "gw.SignatureInvalid");
        String right = Aop1688Client.sign(Aop1688Client.APP_SECRET,
                Aop1688Client.urlPath(Aop1688Client.NAMESPACE, CHALLENGE, Aop1688Client.APP_KEY), new ArrayList<>());
        assertThat(aop.withSignature(CHALLENGE, right).status()).isEqualTo(200);
        assertGatewayError(aop.withSignature(CHALLENGE, right.toLowerCase()), "gw.SignatureInvalid");
    }

    @Test
    void refusesAParameterChangedAfterSigning() {
        String signedForOtherValues = Aop1688Client.sign(Aop1688Client.APP_SECRET,
                Aop1688Client.urlPath(Aop1688Client.NAMESPACE, "account.alipay.status", Aop1688Client.APP_KEY),
                new ArrayList<>(List.of(Map.entry("memberId", "b2b-0000000001"))));
        SimulatorHttp.Reply reply = aop.withSignature("account.alipay.status", signedForOtherValues, "memberId", "b2b-0000000002");
        assertGatewayError(reply, "gw.SignatureInvalid");
    }

    @Test
    void refusesAnAppKeyItDoesNotKnowEvenWhenSignedWithItsOwnSecret() {
        assertGatewayError(aop.callAs("some-other-app", "some-other-secret", CHALLENGE), "gw.AppKeyNotFound");
    }

    @Test
    void answersApisItDoesNotOfferAsUnsupported() {
        assertGatewayError(aop.call("product.search.offerRecommend", "offerQueryParam", "{}"), "gw.APIUnsupported");
        assertGatewayError(aop.inNamespace("com.alibaba.trade", CHALLENGE), "gw.APIUnsupported");
        assertGatewayError(http.get("/1688/openapi/param2/1/" + Aop1688Client.NAMESPACE + "/" + CHALLENGE + "/x"),
                "gw.APIUnsupported");
    }

    @Test
    void refusesAParameterSentTwiceEvenWhenBothAreSigned() {
        SimulatorHttp.Reply reply = aop.call("account.slider.verify", "challengeId", "a", "challengeId", "b", "offset", "300");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("code").asText()).isEqualTo("PARAM_ILLEGAL");
        assertThat(reply.body().path("field").asText()).isEqualTo("challengeId");
        assertThat(reply.body().path("rule").asText()).isEqualTo("single-value");
    }

    @Test
    void answersBadParametersWithParamIllegalNamingFieldAndRule() {
        JsonNode body = aop.call("account.slider.verify", "offset", "300").body();
        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("code").asText()).isEqualTo("PARAM_ILLEGAL");
        assertThat(body.path("field").asText()).isEqualTo("challengeId");
        assertThat(body.path("rule").asText()).isEqualTo("required");
        assertThat(body.path("message").asText()).isNotBlank();
    }

    private static void assertGatewayError(SimulatorHttp.Reply reply, String errorCode) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("error_code").asText()).isEqualTo(errorCode);
        assertThat(reply.body().path("error_message").asText()).isNotBlank();
    }
}
