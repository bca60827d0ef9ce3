package com.buyerjourneykit.badinput;

import static com.buyerjourneykit.badinput.ControlEndpoint.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input against every call of the simulator's control API (/__admin/sim: shared,
 * Alipay, 1688 and WorldFirst routes): no 5xx, no hang, bad input answered 400 {field, rule,
 * message}, and each call's good request answers afterwards as it did before.
 */
class ControlApiBadInputTest {
    private static final String BUYER = "+60120006001";
    private static final AtomicInteger FRESH = new AtomicInteger();
    private static final Map<String, Integer> BEFORE = new ConcurrentHashMap<>();
    private static SimulatorUnderTest running;
    private static Family control;
    private static List<ControlEndpoint> endpoints;

    @BeforeAll
    static void start() {
        running = SimulatorUnderTest.start();
        control = new Family("simulator control API", running.probe(), ControlApiBadInputTest::refusal);
        endpoints = List.of(
                new ControlEndpoint("PUT", "/__admin/sim/clock", () -> body("now", running.probe().send(Shot.get("/__admin/sim/clock"))
                        .json().path("now").asText())),
                new ControlEndpoint("POST", "/__admin/sim/clock/advance", () -> body("seconds", 1, "phone", BUYER)),
                new ControlEndpoint("POST", "/__admin/sim/faults", () -> body("provider", "alipay",
                        "operation", "alipay.user.personal.account.query", "phone", BUYER, "kind", "http-503", "times", 1)),
                new ControlEndpoint("POST", "/__admin/sim/alipay/completed-accounts", () -> body("phone", "+60120006002")),
                new ControlEndpoint("POST", "/__admin/sim/1688/members", () -> body("memberName", "fuzz_seed_" + FRESH.incrementAndGet(),
                        "password", "abc123!", "countryCode", "+60", "mobile", "120006003", "verified", true)),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/world-accounts", () -> body("countryCode", "+60",
                        "mobile", String.valueOf(120007000 + FRESH.incrementAndGet()), "firstName", "Aminah", "lastName", "Ali")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/alipay-international-links", () -> body("alibaba1688Id", "fuzz1688id")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/alipay-international-unlinks", () -> body("alibaba1688Id", "fuzz1688id")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/rates", () -> body("sellCurrency", "SGD", "buyCurrency", "CNH",
                        "rate", "5.4560")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/payments-received", () -> body("accountNo", "000000000001",
                        "currency", "SGD", "value", "1050")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/unknown-conversions", () -> body("worldAccountId", "wfa-unknown")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/clients", () -> body("clientId", "fuzz-client-"
                        + FRESH.incrementAndGet(), "publicKey", PartnerKey.PUBLIC_KEY)),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/notification-dispatches", () -> body()),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/balances", () -> body("worldAccountId", "wfa-unknown",
                        "currency", "CNH", "value", "100")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/world-pay-links", () -> body("worldAccountId", "wfa-unknown",
                        "alibaba1688Id", "fuzz1688id")),
                new ControlEndpoint("POST", "/__admin/sim/worldfirst/world-pay-debit-faults", () -> body("worldAccountId", "wfa-unknown")),
                new ControlEndpoint("POST", "/__admin/sim/1688/payment-passwords", () -> body("memberId", "b2b-unknown",
                        "password", "135790")),
                new ControlEndpoint("POST", "/__admin/sim/1688/monthly-volumes", () -> body("memberId", "b2b-unknown",
                        "averageMonthlyVolume", "100000.00")),
                new ControlEndpoint("POST", "/__admin/sim/1688/alipay-regions", () -> body("memberId", "b2b-unknown",
                        "mainlandChina", false)),
                new ControlEndpoint("POST", "/__admin/sim/1688/order-states", () -> body("orderId", "1000000000000000",
                        "status", "cancel")),
                new ControlEndpoint("POST", "/__admin/sim/1688/unknown-payments", () -> body("orderId", "1000000000000000")),
                new ControlEndpoint("POST", "/__admin/sim/1688/orders", () -> body("memberId", "b2b-unknown",
                        "offerId", "610000000001")),
                new ControlEndpoint("POST", "/__admin/sim/reset", () -> body()));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            endpoints.forEach(endpoint -> BEFORE.put(endpoint.toString(), running.probe().send(endpoint.good()).status()));
            for (String path : List.of("/__admin/sim/sms-inbox/", "/__admin/sim/clock/")) {
                BEFORE.put(path, running.probe().send(Shot.get(path + BUYER)).status());
            }
        }
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            System.out.println(control.summary());
            running.close();
        }
    }

    @Test
    void malformedJsonOnEveryControlCall() {
        Tries.run("control bodies", 800, (random, thenGood) -> {
            ControlEndpoint endpoint = Gen.of(endpoints).next(random);
            control.bad(endpoint.with(BadJson.from(endpoint.valid().get()).next(random)));
            if (thenGood) {
                Reply reply = control.good(endpoint.good());
                assertThat(reply.status()).as("%s after bad input: %s", endpoint, reply).isEqualTo(BEFORE.get(endpoint.toString()));
            }
        });
    }

    @Test
    void oddPhonesInControlPaths() {
        Tries.run("control paths", 300, (random, thenGood) -> {
            String path = Gen.of("/__admin/sim/sms-inbox/", "/__admin/sim/clock/").next(random);
            control.bad(Shot.get(path + OddSegments.any().next(random)));
            if (thenGood) {
                Reply reply = control.good(Shot.get(path + BUYER));
                assertThat(reply.status()).as("%s after bad input: %s", path, reply).isEqualTo(BEFORE.get(path));
            }
        });
    }

    /** Bad control input is 400 (413 too large) {field, rule, message}; a path no route serves is WireMock's own 404. */
    private static void refusal(Shot shot, Reply refusal) {
        if (ServerLevelRefusal.explains(shot, refusal) || refusal.status() == 404 && !refusal.isJson()) {
            return;
        }
        ProviderRefusals.control(shot, refusal);
    }
}
