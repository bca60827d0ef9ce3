package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.core.ProviderFactory;
import com.buyerjourneykit.simulator.stubs.ProviderMappings;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.util.List;

/**
 * Alipay, 1688.com and WorldFirst imitated by one WireMock server on one port, each under its
 * own path prefix ({@code /alipay}, {@code /1688}, {@code /worldfirst}); the harness controls it
 * under {@code /__admin/sim}. Its public face uses JDK types only, so partners can embed it.
 */
public final class Simulator implements AutoCloseable {
    private final WireMockServer server;

    private Simulator(WireMockServer server) {
        this.server = server;
    }

    /** Starts on {@code port} (0 picks a free one), reading mappings from {@code stubsDirectory}. */
    public static Simulator start(int port, Path stubsDirectory) {
        return start(port, stubsDirectory, Providers.ALL);
    }

    /** With another list of providers: how tests prove that a listed provider is all it takes. */
    static Simulator start(int port, Path stubsDirectory, List<ProviderFactory> providers) {
        SimulatorExtensions extensions = new SimulatorExtensions(providers);
        WireMockConfiguration options = WireMockConfiguration.options()
                .port(port)
                .mappingSource(new ProviderMappings(stubsDirectory, extensions.providerNames()))
                .extensions(extensions)
                .maxRequestJournalEntries(1000)
                .stubRequestLoggingDisabled(true)
                .containerThreads(32);
        WireMockServer server = new WireMockServer(options);
        server.start();
        return new Simulator(server);
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Where a provider's imitated API lives, e.g. {@code providerUrl("alipay")}. */
    public String providerUrl(String provider) {
        return baseUrl() + "/" + provider;
    }

    @Override
    public void close() {
        server.stop();
    }
}
