package com.buyerjourneykit.simulator;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real simulator on a free port with the mappings of {@code stubs/}, started once for the test
 * class and stopped after it: {@code @RegisterExtension static final RunningSimulator SIMULATOR = …}.
 */
final class RunningSimulator implements BeforeAllCallback, AfterAllCallback {
    private Simulator simulator;

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulator.start(0, Path.of("stubs"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    String baseUrl() {
        return simulator.baseUrl();
    }
}
