package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input against every provider endpoint of the simulator: every Alipay gateway
 * method and every 1688 open-platform API (signatures included). No 5xx, no hang, every refusal
 * in the provider's documented shape with field and rule, and the good request still answers as before.
 */
class ProviderBadInputTest {
    private static final List<String> APIS = List.copyOf(Aop1688Apis.ALL.keySet());
    private static final Map<String, Integer> BEFORE = new ConcurrentHashMap<>();
    private static SimulatorUnderTest running;
    private static Family alipay;
    private static Family member1688;

    @BeforeAll
    static void start() {
        running = SimulatorUnderTest.start();
        alipay = new Family("Alipay gateway", running.probe(), ProviderRefusals::alipay);
        member1688 = new Family("1688 open platform", running.probe(), ProviderRefusals::member1688);
        for (int warmUp = 0; warmUp < 6; warmUp++) {
            AlipayMethods.ALL.forEach(method -> BEFORE.put(method, running.probe().send(goodAlipay(method)).status()));
            APIS.forEach(api -> BEFORE.put(api, running.probe().send(good1688(api)).status()));
        }
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            System.out.println(alipay.summary());
            System.out.println(member1688.summary());
            running.close();
        }
    }

    @Test
    void malformedBizContentForEveryAlipayMethod() {
        Tries.run("Alipay biz_content", 1200, (random, thenGood) -> {
            String method = Gen.of(AlipayMethods.ALL).next(random);
            BadBody biz = BadJson.from(bizContent(method)).next(random);
            String text = new String(biz.bytes(), StandardCharsets.UTF_8);
            alipay.bad(SimulatorUnderTest.alipay(List.of(Map.entry("method", method), Map.entry("biz_content", text))));
            if (thenGood) {
                stillServesAlipay(method);
            }
        });
    }

    @Test
    void malformedGatewayFormsForEveryAlipayMethod() {
        Tries.run("Alipay forms", 1000, (random, thenGood) -> {
            String method = Gen.of(AlipayMethods.ALL).next(random);
            BadForm form = BadForms.from(AlipayMethods.form(method, bizContent(method))).next(random);
            alipay.bad(Shot.post(SimulatorUnderTest.GATEWAY, form.contentType(), form.bytes()));
            if (thenGood) {
                stillServesAlipay(method);
            }
        });
    }

    @Test
    void malformedSignedFormsForEvery1688Api() {
        Tries.run("1688 forms", 1200, (random, thenGood) -> {
            String api = Gen.of(APIS).next(random);
            BadForm form = BadForms.from(Aop1688Apis.ALL.get(api).apply(running)).next(random);
            BadForm signed = form.plus("_aop_signature", AopSigner.sign(AopSigner.urlPath(api), form.pairs()));
            member1688.bad(Shot.post("/1688/openapi/" + AopSigner.urlPath(api), signed.contentType(), signed.bytes()));
            if (thenGood) {
                stillServes1688(api);
            }
        });
    }

    @Test
    void badSignaturesAppKeysAndApiPathsFor1688() {
        Tries.run("1688 signatures and paths", 500, (random, thenGood) -> {
            String api = Gen.of(APIS).next(random);
            List<Map.Entry<String, String>> fields = Aop1688Apis.ALL.get(api).apply(running);
            member1688.bad(BadSignatures.any(api, fields).next(random));
            if (thenGood) {
                stillServes1688(api);
            }
        });
    }

    private static Map<String, Object> bizContent(String method) {
        return AlipayMethods.buyerSteps(SimulatorUnderTest.ALIPAY_BUYER).get(method);
    }

    private static Shot goodAlipay(String method) {
        return SimulatorUnderTest.alipay(AlipayMethods.form(method, bizContent(method)));
    }

    private static Shot good1688(String api) {
        return SimulatorUnderTest.aop(api, new ArrayList<>(Aop1688Apis.ALL.get(api).apply(running)));
    }

    private static void stillServesAlipay(String method) {
        Reply reply = alipay.good(goodAlipay(method));
        assertThat(reply.status()).as("%s after bad input: %s", method, reply).isEqualTo(BEFORE.get(method));
    }

    private static void stillServes1688(String api) {
        Reply reply = member1688.good(good1688(api));
        assertThat(reply.status()).as("%s after bad input: %s", api, reply).isEqualTo(BEFORE.get(api));
    }
}
