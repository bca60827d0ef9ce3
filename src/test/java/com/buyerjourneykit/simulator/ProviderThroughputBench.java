package com.buyerjourneykit.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test (bench/run.sh runs it): each simulated provider against plain WireMock
 * serving the same request shape from a static stub with the same matching. Both servers run in
 * this JVM with the same Jetty settings; requests are built (and signed) before the clock starts.
 * Prints one JSON line per provider: requests per second of each and their ratio.
 *   java -cp … com.buyerjourneykit.simulator.ProviderThroughputBench [requests per round]
 */
public final class ProviderThroughputBench {
    private static final int ROUNDS = 3;

    private ProviderThroughputBench() {
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            WireMockServer plain = new WireMockServer(plainOptions());
            plain.start();
            try {
                String simulatorUrl = "http://127.0.0.1:" + simulator.port();
                for (RequestShape shape : List.of(RequestShape.alipaySmsSend(requests), RequestShape.member1688AlipayStatus(simulatorUrl),
                        RequestShape.worldFirstInquiryRate(simulatorUrl))) {
                    shape.stubOn(plain);
                    report(shape, simulatorUrl, "http://127.0.0.1:" + plain.port(), requests);
                }
            } finally {
                plain.stop();
            }
        }
    }

    /** The simulator's own settings (Simulator.start), so only what the server does differs. */
    private static WireMockConfiguration plainOptions() {
        return WireMockConfiguration.options().bindAddress(Simulator.LOOPBACK).port(0)
                .maxRequestJournalEntries(1000).stubRequestLoggingDisabled(true).containerThreads(32);
    }

    /** Rounds alternate between the two servers, so a busy moment of the machine hits both; the best round counts. */
    private static void report(RequestShape shape, String simulatorUrl, String plainUrl, int requests) {
        SequentialLoad load = new SequentialLoad(requests);
        load.perSecond(shape, plainUrl); // warm-up of the client and both servers' JIT
        load.perSecond(shape, simulatorUrl);
        long simulator = 0;
        long plain = 0;
        for (int round = 0; round < ROUNDS; round++) {
            plain = Math.max(plain, load.perSecond(shape, plainUrl));
            simulator = Math.max(simulator, load.perSecond(shape, simulatorUrl));
        }
        BigDecimal ratio = BigDecimal.valueOf(simulator).divide(BigDecimal.valueOf(Math.max(1, plain)), 3, RoundingMode.HALF_UP);
        System.out.printf(Locale.ROOT, "{\"provider\":\"%s\",\"simulatorPerSecond\":%d,\"wiremockPerSecond\":%d,\"ratio\":%s}%n",
                shape.name(), simulator, plain, ratio.toPlainString());
    }
}
