package com.buyerjourneykit.drivers.launcher;

import com.buyerjourneykit.drivers.Settings;
import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Starts the simulator and the reference app in this JVM (each stopped when the JVM ends), noting their start-up times. */
final class InProcessSystems implements StartedSystems {
    /**
     * Short, so a provider that does not answer (the @faults scenarios) costs seconds, not the
     * default's; long enough for a 1688 registration on a loaded machine. Faults hold their answer
     * back just longer (bjk.fault.delay.ms, 3500 by default).
     */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(3);
    /** The WorldFirst client the app signs as by default, the simulator's published one. */
    private final String channel;
    private final Map<String, String> facts;
    private String databaseUrl;

    InProcessSystems(String channel, Map<String, String> facts) {
        this.channel = channel;
        this.facts = facts;
    }

    @Override
    public String startSimulator() {
        long started = System.nanoTime();
        Simulator simulator = Simulator.start(0, Path.of(Settings.get("bjk.stubs.dir", "stubs")));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        facts.put("simulator.start.ms", String.valueOf((System.nanoTime() - started) / 1_000_000));
        return simulator.baseUrl();
    }

    @Override
    public String startReferenceApp(String simulatorUrl) {
        long started = System.nanoTime();
        databaseUrl = freshDatabase();
        String url = referenceApp(simulatorUrl);
        WorldFirstNotifyUrl.register(simulatorUrl, url);
        facts.put("system", "reference implementation (in-process)");
        facts.put("system.start.ms", String.valueOf((System.nanoTime() - started) / 1_000_000));
        return url;
    }

    /**
     * A new instance of the reference app on the same database, as after a restart: what it knows
     * it read from the store. The shared instance keeps serving the scenarios running beside.
     * Partners' systems cannot be restarted from here: conformance.ScenarioScope skips their @restart scenarios first.
     */
    @Override
    public synchronized String restartedReferenceApp(String simulatorUrl) {
        if (databaseUrl == null) {
            throw new IllegalStateException("bjk.sut.url points at an external system, which the harness cannot restart; "
                    + "its @restart scenarios are skipped as 'cannot run against this system'");
        }
        return referenceApp(simulatorUrl);
    }

    private String referenceApp(String simulatorUrl) {
        ReferenceApp app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulatorUrl).withDatabase(databaseUrl)
                .withProviderTimeout(PROVIDER_TIMEOUT));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        return app.baseUrl();
    }

    /** A database file of this run's own, so every run starts with no journeys. */
    private String freshDatabase() {
        return "jdbc:h2:file:./target/reference-db/" + channel.replaceAll("\\W", "") + "-" + System.currentTimeMillis();
    }
}
