package com.buyerjourneykit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One provider call as a partner sends it, and the plain WireMock stub that answers the same shape
 * with the same matching (path, form or JSON fields, signature headers present) but no logic.
 */
final class RequestShape {
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String JSON = "application/json; charset=UTF-8";
    private final String name;
    private final Supplier<PreparedRequest> requests;
    private final Consumer<WireMockServer> plainStub;
    private final Supplier<String> signingCost;

    private RequestShape(String name, Supplier<PreparedRequest> requests, Consumer<WireMockServer> plainStub) {
        this(name, requests, plainStub, () -> "");
    }

    private RequestShape(String name, Supplier<PreparedRequest> requests, Consumer<WireMockServer> plainStub, Supplier<String> signingCost) {
        this.name = name;
        this.requests = requests;
        this.plainStub = plainStub;
        this.signingCost = signingCost;
    }

    /** A request, built before the clock starts. */
    record PreparedRequest(String path, Map<String, String> headers, String body) {
    }

    String name() {
        return name;
    }

    List<PreparedRequest> prepare(int count) {
        List<PreparedRequest> prepared = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            prepared.add(requests.get());
        }
        return prepared;
    }

    void stubOn(WireMockServer plain) {
        plainStub.accept(plain);
    }

    /** What its cryptography costs per call, as JSON fields to append (see {@link SigningCost}); empty if it has none worth showing. */
    String signingCost() {
        return signingCost.get();
    }

    /** Alipay's SMS send, a new buyer every call (a resend within 60 s would be refused). */
    static RequestShape alipaySmsSend(int perRound) {
        String method = "alipay.user.personal.register.sms.send";
        AtomicLong buyers = new AtomicLong(1_000_000);
        return new RequestShape("alipay gateway (form, sms.send)", () -> {
            String biz = "{\"country_code\":\"+60\",\"mobile\":\"12" + buyers.incrementAndGet() + "\"}";
            return new PreparedRequest("/alipay/gateway.do", Map.of("Content-Type", FORM),
                    "method=" + encode(method) + "&biz_content=" + encode(biz));
        }, plain -> plain.stubFor(post(urlPathEqualTo("/alipay/gateway.do"))
                .withFormParam("method", equalTo(method)).withFormParam("biz_content", matching(".*mobile.*"))
                .willReturn(okJson("{\"alipay_user_personal_register_sms_send_response\":{\"code\":\"10000\",\"msg\":\"Success\","
                        + "\"resend_in_seconds\":60,\"valid_for_seconds\":300}}"))));
    }

    /** 1688's open platform: a signed form call (HMAC-SHA1 _aop_signature), checked by the simulator. */
    static RequestShape member1688AlipayStatus(String simulatorUrl) {
        Aop1688Client.SignedCall call = new Aop1688Client(new SimulatorHttp(simulatorUrl))
                .signed("account.alipay.status", "memberId", "b2b-0000000002");
        return new RequestShape("1688 open platform (signed form, account.alipay.status)",
                () -> new PreparedRequest(call.path(), Map.of("Content-Type", FORM), call.form()),
                plain -> plain.stubFor(post(urlPathEqualTo(call.path()))
                        .withFormParam("memberId", matching(".+")).withFormParam("_aop_signature", matching("[0-9A-F]+"))
                        .willReturn(okJson("{\"success\":false,\"errorCode\":\"MEMBER_NOT_FOUND\",\"errorMessage\":\"no such member\"}"))));
    }

    /** WorldFirst's JSON gateway: RSA-signed request (checked by the simulator), RSA-signed answer. */
    static RequestShape worldFirstInquiryRate(String simulatorUrl) {
        String api = WorldFirstClient.API + "fund/inquiryRate";
        String body = "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\"}";
        String time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(virtualNow(simulatorUrl).atOffset(ZoneOffset.ofHours(8)));
        String signature = "algorithm=RSA256,keyVersion=1,signature=" + WorldFirstClient.sign(
                WorldFirstClient.privateKey(WorldFirstClient.key("client-private.pem")),
                WorldFirstClient.content(api, WorldFirstClient.CLIENT_ID, time, body));
        Map<String, String> headers = Map.of("Content-Type", JSON, "Client-Id", WorldFirstClient.CLIENT_ID,
                "Request-Time", time, "Signature", signature);
        return new RequestShape("worldfirst gateway (RSA-signed JSON, fund/inquiryRate)",
                () -> new PreparedRequest("/worldfirst" + api, headers, body),
                plain -> plain.stubFor(post(urlPathEqualTo("/worldfirst" + api))
                        .withHeader("Client-Id", equalTo(WorldFirstClient.CLIENT_ID)).withHeader("Request-Time", matching(".+"))
                        .withHeader("Signature", matching("algorithm=RSA256,keyVersion=1,signature=.+"))
                        .withRequestBody(matchingJsonPath("$.sellCurrency")).withRequestBody(matchingJsonPath("$.buyCurrency"))
                        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                                .withHeader("Client-Id", WorldFirstClient.CLIENT_ID).withHeader("Response-Time", time)
                                .withHeader("Signature", signature)
                                .withBody("{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\",\"resultMessage\":\"success\"},"
                                        + "\"quote\":{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\",\"price\":\"5.3812\"}}"))),
                SigningCost::asJsonFields);
    }

    private static Instant virtualNow(String simulatorUrl) {
        return Instant.parse(new SimulatorHttp(simulatorUrl).get("/__admin/sim/clock").body().path("now").asText());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
