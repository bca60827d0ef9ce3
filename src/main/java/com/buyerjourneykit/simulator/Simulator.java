package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.core.ProviderFactory;
import com.buyerjourneykit.simulator.store.SimulatorStores;
import com.buyerjourneykit.simulator.stubs.ProviderMappings;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * Alipay, 1688.com and WorldFirst imitated by one WireMock server on one port, each under its
 * own path prefix ({@code /alipay}, {@code /1688}, {@code /worldfirst}); the harness controls it
 * under {@code /__admin/sim}. Its public face uses JDK types only, so partners can embed it.
 * It listens on loopback unless told otherwise: its control API resets, seeds and moves the
 * clock, which nobody on another machine should be able to do.
 */
public final class Simulator implements AutoCloseable {
    /** Where it listens by default: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    private final WireMockServer server;
    private final InetAddress bindAddress;

    private Simulator(WireMockServer server, InetAddress bindAddress) {
        this.server = server;
        this.bindAddress = bindAddress;
    }

    /** Starts on loopback at {@code port} (0 picks a free one), reading mappings from {@code stubsDirectory}. */
    public static Simulator start(int port, Path stubsDirectory) {
        return start(LOOPBACK, port, stubsDirectory);
    }

    /**
     * Starts listening on {@code bindAddress} instead: {@code 0.0.0.0} is every interface (a
     * container whose port is published), which exposes the control API to whoever can reach it.
     */
    public static Simulator start(String bindAddress, int port, Path stubsDirectory) {
        return start(bindAddress, port, stubsDirectory, Providers.ALL);
    }

    /** With another list of providers: how tests prove that a listed provider is all it takes. */
    static Simulator start(int port, Path stubsDirectory, List<ProviderFactory> providers) {
        return start(LOOPBACK, port, stubsDirectory, providers);
    }

    private static Simulator start(String bindAddress, int port, Path stubsDirectory, List<ProviderFactory> providers) {
        InetAddress address = addressOf(bindAddress);
        SimulatorExtensions extensions = new SimulatorExtensions(providers, stubsDirectory);
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(address.getHostAddress())
                .port(port)
                .mappingSource(new ProviderMappings(stubsDirectory, extensions.providerNames()))
                .extensions(extensions)
                .httpServerFactory(new GuardedServerFactory(extensions.unreadableRequests()::answerFor))
                .maxRequestJournalEntries(1000)
                .stubRequestLoggingDisabled(true)
                .containerThreads(32);
        options.withStores(new SimulatorStores(options.filesRoot()));
        WireMockServer server = new WireMockServer(options);
        server.start();
        return new Simulator(server, address);
    }

    private static InetAddress addressOf(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress);
        } catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException("cannot listen on \"" + bindAddress + "\": not an address of this machine", e);
        }
    }

    public int port() {
        return server.port();
    }

    /** The address it listens on, as given: {@code 127.0.0.1} unless started with another. */
    public String bindAddress() {
        return bindAddress.getHostAddress();
    }

    /** {@code localhost} when it listens there (or everywhere); else the address it listens on. */
    public String baseUrl() {
        return "http://" + host() + ":" + port();
    }

    /** Where a provider's imitated API lives, e.g. {@code providerUrl("alipay")}. */
    public String providerUrl(String provider) {
        return baseUrl() + "/" + provider;
    }

    @Override
    public void close() {
        server.stop();
    }

    private String host() {
        if (bindAddress.isLoopbackAddress() || bindAddress.isAnyLocalAddress()) {
            return "localhost";
        }
        String address = bindAddress.getHostAddress();
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
