package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.control.ControlApi;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.ProviderFactory;
import com.buyerjourneykit.simulator.core.ProviderGate;
import com.buyerjourneykit.simulator.core.RequestLog;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.buyerjourneykit.simulator.core.UnreadableRequests;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every provider of {@link Providers#ALL} around one shared core and one directory of
 * published views, and registers their extensions and the control API. Also loadable by a plain
 * WireMock ({@code --extensions com.buyerjourneykit.simulator.SimulatorExtensions}).
 */
public final class SimulatorExtensions implements ExtensionFactory {
    /** Where the virtual clock starts unless told otherwise: a fixed instant, so runs repeat. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T01:00:00Z");
    private final SharedServices shared;
    private final List<SimulatedProvider> providers;

    public SimulatorExtensions() {
        this(Providers.ALL, Path.of("stubs"));
    }

    SimulatorExtensions(List<ProviderFactory> factories, Path stubsDirectory) {
        this.shared = new SharedServices(DEFAULT_START, stubsDirectory);
        ProviderDirectory directory = new ProviderDirectory();
        this.providers = factories.stream().map(factory -> factory.create(shared, directory)).toList();
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        List<Extension> extensions = new ArrayList<>();
        providers.forEach(provider -> extensions.addAll(provider.extensions()));
        ProviderGate gate = new ProviderGate(providers, shared.faults());
        extensions.add(gate);
        extensions.add(new RequestLog(gate));
        extensions.add(new ControlApi(shared, providers));
        return extensions;
    }

    /** How each provider answers a request nobody can read (see {@link FormBodyGuard}). */
    UnreadableRequests unreadableRequests() {
        return new UnreadableRequests(providers);
    }

    /** Whose mappings to load: {@code stubs/<name>/mappings} of every provider. */
    List<String> providerNames() {
        return providers.stream().map(SimulatedProvider::name).toList();
    }
}
