package com.buyerjourneykit.reference;

import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real simulator and a reference app on an in-memory database of the test class's own, started
 * once for the class and stopped after it: {@code @RegisterExtension static final RunningReference RUNNING = …}.
 */
public final class RunningReference implements BeforeAllCallback, AfterAllCallback {
    private final String jdbcUrl;
    private final Duration providerTimeout;
    private Simulator simulator;
    private ReferenceApp app;

    public RunningReference(String databaseName) {
        this(databaseName, ReferenceAppSettings.forSimulator("").providerTimeout());
    }

    /** With the app's provider timeout shortened, for tests whose faults hold answers back past it. */
    public RunningReference(String databaseName, Duration providerTimeout) {
        this.jdbcUrl = "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1";
        this.providerTimeout = providerTimeout;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulator.start(0, Path.of("stubs"));
        app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl()).withDatabase(jdbcUrl)
                .withProviderTimeout(providerTimeout));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.close();
        simulator.close();
    }

    public Simulator simulator() {
        return simulator;
    }

    public ReferenceApp app() {
        return app;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }
}
