package com.buyerjourneykit.drivers;

import com.buyerjourneykit.drivers.api.ApiChannel;
import com.buyerjourneykit.drivers.simulator.HttpSimulatorControl;
import com.buyerjourneykit.drivers.web.WebChannel;
import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator and the system under test, shared by every scenario of the JVM. Each starts
 * in-process unless its URL is configured ({@code bjk.simulator.url}, {@code bjk.sut.url}):
 * that is how a partner runs the suite against their own system.
 */
public final class SystemUnderTest {
    private static final SystemUnderTest INSTANCE = new SystemUnderTest();
    private final String channel = Settings.get("bjk.channel", "api");
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final String simulatorUrl;
    private final String systemUrl;
    private final SimulatorControlDriver simulatorControl;
    private String databaseUrl;

    private SystemUnderTest() {
        simulatorUrl = Settings.get("bjk.simulator.url", null) == null ? startSimulator() : Settings.get("bjk.simulator.url", null);
        systemUrl = Settings.get("bjk.sut.url", null) == null ? startReferenceApp() : Settings.get("bjk.sut.url", null);
        simulatorControl = new HttpSimulatorControl(simulatorUrl);
        facts.put("channel", channel);
        facts.put("system.url", systemUrl);
        facts.put("simulator.url", simulatorUrl);
    }

    public static SystemUnderTest get() {
        return INSTANCE;
    }

    public SimulatorControlDriver simulatorControl() {
        return simulatorControl;
    }

    /** The drivers of the configured channel, for one scenario written in {@code language}. */
    public ChannelDrivers openChannel(String language) {
        return openChannel(language, systemUrl);
    }

    /** The same channel, aimed at another instance of the system (after a restart). */
    public ChannelDrivers openChannel(String language, String url) {
        switch (channel) {
            case "api":
                return new ApiChannel(url);
            case "web":
                return new WebChannel(url, language);
            default:
                return PartnerChannel.open(channel, url, language);
        }
    }

    /**
     * A new instance of the reference app on the same database, as after a restart: what it knows
     * it read from the store. The shared instance keeps serving the scenarios running beside.
     * Partners' systems cannot be restarted from here: run with {@code not @restart}.
     */
    public synchronized String restartedSystemUrl() {
        if (databaseUrl == null) {
            throw new IllegalStateException("bjk.sut.url points at an external system, which the harness cannot restart; "
                    + "exclude these scenarios with -Dcucumber.filter.tags='not @restart'");
        }
        ReferenceApp app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulatorUrl).withDatabase(databaseUrl));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        return app.baseUrl();
    }

    /** What ran: channel, URLs, and the browser once one has started; written into the report. */
    public Map<String, String> facts() {
        Map<String, String> all = new LinkedHashMap<>(facts);
        if (channel.equals("web")) {
            all.put("browser", WebChannel.browserDescription());
        }
        return all;
    }

    private String startSimulator() {
        long started = System.nanoTime();
        Simulator simulator = Simulator.start(0, Path.of(Settings.get("bjk.stubs.dir", "stubs")));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        facts.put("simulator.start.ms", String.valueOf((System.nanoTime() - started) / 1_000_000));
        return simulator.baseUrl();
    }

    /** A database file of this run's own, so every run starts with no journeys. */
    private String freshDatabase() {
        return "jdbc:h2:file:./target/reference-db/" + channel.replaceAll("\\W", "") + "-" + System.currentTimeMillis();
    }

    private String startReferenceApp() {
        long started = System.nanoTime();
        databaseUrl = freshDatabase();
        ReferenceApp app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulatorUrl).withDatabase(databaseUrl));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        facts.put("system", "reference implementation (in-process)");
        facts.put("system.start.ms", String.valueOf((System.nanoTime() - started) / 1_000_000));
        return app.baseUrl();
    }
}
