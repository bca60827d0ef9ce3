package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real simulator with a buyer whose Alipay personal account is complete, a seeded 1688 member
 * and a 1688 registration waiting for its 校验码: the state the good requests are sent against.
 */
final class SimulatorUnderTest implements AutoCloseable {
    static final String ALIPAY_BUYER = "120005001";
    static final String REGISTERING_BUYER = "120005002";
    static final String MEMBER_BUYER = "120005003";
    static final String GATEWAY = "/alipay/gateway.do";
    private final Simulator simulator;
    private final Probe probe;
    private String memberId;
    private String registrationId;
    private int freshNames;

    private SimulatorUnderTest(Simulator simulator) {
        this.simulator = simulator;
        this.probe = new Probe(simulator.baseUrl());
    }

    static SimulatorUnderTest start() {
        SimulatorUnderTest running = new SimulatorUnderTest(Simulator.start(0, Path.of("stubs")));
        running.prepare();
        return running;
    }

    Probe probe() {
        return probe;
    }

    String memberId() {
        return memberId;
    }

    String registrationId() {
        return registrationId;
    }

    static Shot alipay(List<Map.Entry<String, String>> form) {
        return Shot.post(GATEWAY, Shot.FORM, BadForm.encoded(form));
    }

    static Shot aop(String api, List<Map.Entry<String, String>> pairs) {
        List<Map.Entry<String, String>> signed = new ArrayList<>(pairs);
        signed.add(Map.entry("_aop_signature", AopSigner.sign(AopSigner.urlPath(api), pairs)));
        return Shot.post("/1688/openapi/" + AopSigner.urlPath(api), Shot.FORM, BadForm.encoded(signed));
    }

    /** A slider token fresh from a challenge dragged to the end, as the app gets one before registering. */
    String sliderToken() {
        String challengeId = probe.send(aop("account.slider.challenge", List.of())).json().path("result").path("challengeId").asText();
        return probe.send(aop("account.slider.verify", List.of(Map.entry("challengeId", challengeId), Map.entry("offset", "300"))))
                .json().path("result").path("sliderToken").asText();
    }

    String challengeId() {
        return probe.send(aop("account.slider.challenge", List.of())).json().path("result").path("challengeId").asText();
    }

    String freshMemberName() {
        return "fuzz_member_" + (++freshNames);
    }

    private void prepare() {
        for (Map.Entry<String, Map<String, Object>> step : AlipayMethods.buyerSteps(ALIPAY_BUYER).entrySet()) {
            if (step.getKey().endsWith("sms.verify")) {
                Reply inbox = probe.send(Shot.get("/__admin/sim/sms-inbox/+60" + ALIPAY_BUYER));
                step.getValue().put("code", inbox.json().path("messages").path(0).path("code").asText());
            }
            Reply reply = probe.send(alipay(AlipayMethods.form(step.getKey(), step.getValue())));
            assertThat(reply.json().toString()).as("preparing the Alipay buyer: %s", step.getKey()).contains("\"code\":\"10000\"");
        }
        Reply seeded = probe.send(Shot.post("/__admin/sim/1688/members", Shot.JSON, "{\"memberName\":\"fuzz_seeded\","
                + "\"password\":\"abc123!\",\"countryCode\":\"+60\",\"mobile\":\"" + MEMBER_BUYER + "\"}"));
        memberId = seeded.json().path("memberId").asText();
        Reply registered = probe.send(aop("account.user.register", Aop1688Apis.registration(this, REGISTERING_BUYER)));
        registrationId = registered.json().path("result").path("registrationId").asText();
        assertThat(memberId).as("seeding a member: %s", seeded).isNotBlank();
        assertThat(registrationId).as("registering: %s", registered).isNotBlank();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
