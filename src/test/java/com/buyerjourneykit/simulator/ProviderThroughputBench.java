package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.store.SimulatorStores;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test (bench/run.sh runs it): each simulated provider against plain WireMock
 * serving the same request shape from a static stub with the same matching. All servers run in
 * this JVM with the same Jetty settings; requests are built (and signed) before the clock starts.
 * Prints one JSON line per provider: requests per second of each and their ratio ({@code ratio}),
 * and the same against a WireMock given the simulator's own stores ({@code ratioSameStores}): the
 * simulator's stores spare it work stock WireMock does per request (walking its request journal),
 * so that second ratio shows the cost of the providers' own work alone. The WorldFirst line also
 * gives what one RSA-2048 signature and one verification cost in this JVM: the simulator verifies
 * every request and signs every distinct answer (a repeated answer's signature is remembered).
 *   java -cp … com.buyerjourneykit.simulator.ProviderThroughputBench [requests per round]
 */
public final class ProviderThroughputBench {
    private static final int ROUNDS = 3;

    private ProviderThroughputBench() {
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            WireMockConfiguration sameStores = plainOptions();
            sameStores.withStores(new SimulatorStores(sameStores.filesRoot()));
            WireMockServer plain = new WireMockServer(plainOptions());
            WireMockServer plainWithStores = new WireMockServer(sameStores);
            plain.start();
            plainWithStores.start();
            try {
                String simulatorUrl = "http://127.0.0.1:" + simulator.port();
                for (RequestShape shape : List.of(RequestShape.alipaySmsSend(requests), RequestShape.member1688AlipayStatus(simulatorUrl),
                        RequestShape.worldFirstInquiryRate(simulatorUrl))) {
                    shape.stubOn(plain);
                    shape.stubOn(plainWithStores);
                    report(shape, new Urls(simulatorUrl, urlOf(plain), urlOf(plainWithStores)), requests);
                }
            } finally {
                plain.stop();
                plainWithStores.stop();
            }
        }
    }

    private record Urls(String simulator, String plain, String plainWithStores) {
    }

    private static String urlOf(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** The simulator's own settings (Simulator.start), so only what the server does differs. */
    private static WireMockConfiguration plainOptions() {
        return WireMockConfiguration.options().bindAddress(Simulator.LOOPBACK).port(0)
                .maxRequestJournalEntries(1000).stubRequestLoggingDisabled(true).containerThreads(32);
    }

    /** Rounds alternate between the servers, so a busy moment of the machine hits all; the best round counts. */
    private static void report(RequestShape shape, Urls urls, int requests) {
        SequentialLoad load = new SequentialLoad(requests);
        load.perSecond(shape, urls.plain()); // warm-up of the client and the servers' JIT
        load.perSecond(shape, urls.plainWithStores());
        load.perSecond(shape, urls.simulator());
        long simulator = 0;
        long plain = 0;
        long plainWithStores = 0;
        for (int round = 0; round < ROUNDS; round++) {
            plain = Math.max(plain, load.perSecond(shape, urls.plain()));
            plainWithStores = Math.max(plainWithStores, load.perSecond(shape, urls.plainWithStores()));
            simulator = Math.max(simulator, load.perSecond(shape, urls.simulator()));
        }
        System.out.printf(Locale.ROOT, "{\"provider\":\"%s\",\"simulatorPerSecond\":%d,\"wiremockPerSecond\":%d,\"ratio\":%s,"
                        + "\"wiremockSameStoresPerSecond\":%d,\"ratioSameStores\":%s%s}%n", shape.name(), simulator, plain,
                ratio(simulator, plain), plainWithStores, ratio(simulator, plainWithStores), shape.signingCost());
    }

    private static String ratio(long simulator, long plain) {
        return BigDecimal.valueOf(simulator).divide(BigDecimal.valueOf(Math.max(1, plain)), 3, RoundingMode.HALF_UP).toPlainString();
    }
}
