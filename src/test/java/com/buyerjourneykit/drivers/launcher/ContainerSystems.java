package com.buyerjourneykit.drivers.launcher;

import com.buyerjourneykit.containers.PostgresContainer;
import com.buyerjourneykit.containers.ReferenceAppContainer;
import com.buyerjourneykit.containers.SimulatorContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;

/**
 * The containers mode: the simulator, the reference app and PostgreSQL as the images of this build, on a
 * network of their own; the app finds the others by name. Each is stopped when the JVM ends (no Ryuk here).
 */
final class ContainerSystems implements StartedSystems {
    /** As in-process: a provider that does not answer (@faults) costs seconds; faults hold back just longer. */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(3);
    private final Network network = Network.newNetwork();
    private final SimulatorContainer simulator = new SimulatorContainer().withNetwork(network);
    private final PostgresContainer postgres = new PostgresContainer();
    private final List<GenericContainer<?>> started = new ArrayList<>();
    private final Map<String, String> facts;

    ContainerSystems(Map<String, String> facts) {
        this.facts = facts;
        postgres.withNetwork(network);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
    }

    @Override
    public String startSimulator() {
        long began = System.nanoTime();
        start(simulator);
        facts.put("simulator.start.ms", String.valueOf((System.nanoTime() - began) / 1_000_000));
        return simulator.baseUrl();
    }

    @Override
    public String startReferenceApp(String simulatorUrl) {
        requireOwnSimulator(simulatorUrl);
        long began = System.nanoTime();
        start(postgres);
        facts.put("database.start.ms", String.valueOf((System.nanoTime() - began) / 1_000_000));
        String url = referenceApp();
        facts.put("system", "reference implementation (containers: " + simulator.getDockerImageName() + ", "
                + postgres.getDockerImageName() + ")");
        facts.put("system.start.ms", String.valueOf((System.nanoTime() - began) / 1_000_000));
        return url;
    }

    /** Another app container on the same PostgreSQL database. */
    @Override
    public synchronized String restartedReferenceApp(String simulatorUrl) {
        requireOwnSimulator(simulatorUrl);
        return referenceApp();
    }

    private String referenceApp() {
        ReferenceAppContainer app = new ReferenceAppContainer(simulator).withDatabase(postgres).withProviderTimeout(PROVIDER_TIMEOUT);
        start(app);
        return app.baseUrl();
    }

    /** The app container reaches the simulator by its name on their network: only the one started here. */
    private void requireOwnSimulator(String simulatorUrl) {
        if (!simulator.isRunning() || !simulator.baseUrl().equals(simulatorUrl)) {
            throw new IllegalStateException("bjk.systems=containers starts its own simulator: leave bjk.simulator.url out");
        }
    }

    private synchronized void start(GenericContainer<?> container) {
        container.start();
        started.add(container);
    }

    private synchronized void stopAll() {
        for (int index = started.size() - 1; index >= 0; index--) {
            started.get(index).stop();
        }
        network.close();
    }
}
