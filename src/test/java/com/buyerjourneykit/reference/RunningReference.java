package com.buyerjourneykit.reference;

import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real simulator and a reference app on an in-memory database of the test class's own, started
 * once for the class and stopped after it: {@code @RegisterExtension static final RunningReference RUNNING = …}.
 */
public final class RunningReference implements BeforeAllCallback, AfterAllCallback {
    private final String jdbcUrl;
    private Simulator simulator;
    private ReferenceApp app;

    public RunningReference(String databaseName) {
        this.jdbcUrl = "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulator.start(0, Path.of("stubs"));
        app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl()).withDatabase(jdbcUrl));
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
