package com.buyerjourneykit.drivers.launcher;

import com.buyerjourneykit.containers.PostgresContainer;
import com.buyerjourneykit.containers.ReferenceAppContainer;
import com.buyerjourneykit.containers.SimulatorContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;

/**
 * The containers mode: the simulator, the reference app and PostgreSQL as the images of this build, on a
 * network of their own; the app finds the others by name. Each is stopped when the JVM ends (no Ryuk here).
 */
final class ContainerSystems implements StartedSystems {
    /**
     * Longer than in-process (3 s): a cold app container's first provider call took more than 8 s on a heavily
     * loaded machine. The containers run holds a no-answer fault back just longer (bjk.fault.delay.ms=11000,
     * pom.xml); the REST driver waits 15 s for the app's answer.
     */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(10);
    private final Network network = Network.newNetwork();
    private final SimulatorContainer simulator = new SimulatorContainer().withNetwork(network);
    private final PostgresContainer postgres = new PostgresContainer();
    /** Listed before they start, so that a half-started one is stopped too. */
    private final List<GenericContainer<?>> started = new ArrayList<>();  // guarded by itself
    private final Map<String, String> facts;

    ContainerSystems(Map<String, String> facts) {
        this.facts = facts;
        postgres.withNetwork(network);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
    }

    /** PostgreSQL starts beside the simulator, so the app, which needs both, waits for the slower only. */
    @Override
    public String startSimulator() {
        long began = System.nanoTime();
        synchronized (started) {
            started.addAll(List.of(simulator, postgres));
        }
        Startables.deepStart(simulator, postgres).join();
        facts.put("simulator.start.ms", String.valueOf((System.nanoTime() - began) / 1_000_000));
        return simulator.baseUrl();
    }

    @Override
    public String startReferenceApp(String simulatorUrl) {
        requireOwnSimulator(simulatorUrl);
        long began = System.nanoTime();
        String url = referenceApp();
        WorldFirstNotifyUrl.register(simulator.baseUrl(), ReferenceAppContainer.networkBaseUrl());
        facts.put("system", "reference implementation (containers: " + simulator.getDockerImageName() + ", "
                + postgres.getDockerImageName() + ")");
        facts.put("system.start.ms", String.valueOf((System.nanoTime() - began) / 1_000_000));
        return url;
    }

    /** Another app container on the same PostgreSQL database; scenarios restarting at once start theirs side by side. */
    @Override
    public String restartedReferenceApp(String simulatorUrl) {
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

    private void start(GenericContainer<?> container) {
        synchronized (started) {
            started.add(container);
        }
        container.start();
    }

    /** The apps first, the simulator and the database they use last. */
    private void stopAll() {
        List<GenericContainer<?>> newestFirst;
        synchronized (started) {
            newestFirst = new ArrayList<>(started);
        }
        Collections.reverse(newestFirst);
        newestFirst.forEach(GenericContainer::stop);
        network.close();
    }
}
