package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.core.ProviderFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real simulator on a free port with the mappings of {@code stubs/}, started once for the test
 * class and stopped after it: {@code @RegisterExtension static final RunningSimulator SIMULATOR = …}.
 */
final class RunningSimulator implements BeforeAllCallback, AfterAllCallback {
    private final List<ProviderFactory> providers;
    private Simulator simulator;

    RunningSimulator() {
        this(Providers.ALL);
    }

    /** With these providers instead of the registered ones. */
    RunningSimulator(List<ProviderFactory> providers) {
        this.providers = providers;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulator.start(0, Path.of("stubs"), providers);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    String baseUrl() {
        return simulator.baseUrl();
    }
}
