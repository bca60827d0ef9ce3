package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input against every API of the simulated WorldFirst gateway: malformed JSON signed
 * as it was sent, and broken Client-Id, Request-Time and Signature headers. No 5xx, no hang; every
 * answer is the result envelope, bad input {@code F PARAM_ILLEGAL} with field and rule; the good call still answers as before.
 */
class WorldFirstBadInputTest {
    private static final Map<String, String> BEFORE = new ConcurrentHashMap<>();
    private static SimulatorUnderTest running;
    private static Family worldFirst;
    private static Map<String, Map<String, Object>> apis;
    private static List<String> names;

    @BeforeAll
    static void start() {
        running = SimulatorUnderTest.start();
        worldFirst = new Family("WorldFirst gateway", running.probe(), WorldFirstBadInputTest::refusal);
        Reply seeded = running.probe().send(Shot.post("/__admin/sim/worldfirst/world-accounts", Shot.JSON,
                "{\"countryCode\":\"+60\",\"mobile\":\"120008001\",\"firstName\":\"Aminah\",\"lastName\":\"Ali\"}"));
        apis = WorldFirstApis.all(seeded.json().path("worldAccountId").asText());
        names = List.copyOf(apis.keySet());
        // Six wrong codes lock the registration code: from then on its good call answers the same.
        for (int warmUp = 0; warmUp < 6; warmUp++) {
            names.forEach(api -> BEFORE.put(api, outcome(running.probe().send(good(api)))));
        }
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            System.out.println(worldFirst.summary());
            running.close();
        }
    }

    @Test
    void malformedSignedJsonForEveryApi() {
        Tries.run("WorldFirst bodies", 500, (random, thenGood) -> {
            String api = Gen.of(names).next(random);
            BadBody body = BadJson.from(apis.get(api)).next(random);
            String uri = WorldFirstApis.API + api;
            check(worldFirst.bad(new Shot("POST", WorldFirstSigner.PREFIX + uri, body.contentType(), body.bytes(),
                    WorldFirstSigner.headers(uri, body.bytes()))));
            if (thenGood) {
                stillServes(api);
            }
        });
    }

    @Test
    void brokenGatewayHeadersForEveryApi() {
        Tries.run("WorldFirst headers", 200, (random, thenGood) -> {
            String api = Gen.of(names).next(random);
            Shot good = good(api);
            List<Map.Entry<String, String>> headers = new ArrayList<>(good.headers());
            int broken = random.nextInt(headers.size());
            String odd = Gen.<String>mix().add(2, OddSegments.any()).add(1, Gen.of("", " ", "algorithm=RSA256",
                    "algorithm=RSA256,keyVersion=2,signature=abc", "algorithm=HMAC,keyVersion=1,signature=x", "0", "-1",
                    "1767225600000", "99999999999999999999", "2026-13-45T99:99:99+08:00")).next(random);
            if (random.nextInt(4) == 0) {
                headers.remove(broken);
            } else {
                headers.set(broken, Map.entry(headers.get(broken).getKey(), odd));
            }
            check(worldFirst.bad(new Shot("POST", good.path(), good.contentType(), good.body(), headers)));
            if (thenGood) {
                stillServes(api);
            }
        });
    }

    private static Shot good(String api) {
        String uri = WorldFirstApis.API + api;
        byte[] body = JsonText.object(new ArrayList<>(apis.get(api).entrySet())).getBytes(StandardCharsets.UTF_8);
        return new Shot("POST", WorldFirstSigner.PREFIX + uri, "application/json; charset=UTF-8", body,
                WorldFirstSigner.headers(uri, body));
    }

    private static void stillServes(String api) {
        Reply reply = worldFirst.good(good(api));
        assertThat(outcome(reply)).as("%s after bad input: %s", api, reply).isEqualTo(BEFORE.get(api));
    }

    /** A good call's outcome: the HTTP status and WorldFirst's result code. */
    private static String outcome(Reply reply) {
        return reply.status() + " " + reply.json().path("result").path("resultCode").asText();
    }

    /** Every 200 is the result envelope; PARAM_ILLEGAL names field and rule. */
    private static void check(Reply reply) {
        if (reply.status() != 200) {
            return;
        }
        JsonNode result = reply.json().path("result");
        assertThat(result.path("resultStatus").asText()).as("resultStatus in %s", reply).isIn("S", "F", "U");
        assertThat(result.path("resultCode").asText()).as("resultCode in %s", reply).isNotBlank();
        if ("PARAM_ILLEGAL".equals(result.path("resultCode").asText())) {
            assertThat(result.path("field").asText()).as("field in %s", reply).isNotBlank();
            assertThat(result.path("rule").asText()).as("rule in %s", reply).isNotBlank();
        }
    }

    /** What the core refuses before WorldFirst reads a call (too large, an unreadable form): {field, rule, message}. */
    private static void refusal(Shot shot, Reply refusal) {
        if (ServerLevelRefusal.explains(shot, refusal) || refusal.status() == 404 && !refusal.isJson()) {
            return;
        }
        ProviderRefusals.control(shot, refusal);
    }
}
