package com.buyerjourneykit.drivers.launcher;

import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.DriverRegistry;
import com.buyerjourneykit.drivers.Settings;
import com.buyerjourneykit.drivers.SystemUnderTest;
import com.buyerjourneykit.drivers.api.ApiChannel;
import com.buyerjourneykit.drivers.simulator.SimulatorControls;
import com.buyerjourneykit.drivers.web.WebChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator and the system under test, shared by every scenario of the JVM. Each starts
 * in-process (or in Docker with PostgreSQL: {@code bjk.systems=containers}) unless its URL is configured
 * ({@code bjk.simulator.url}, {@code bjk.sut.url}): that is how a partner runs the suite against their own system. Named in
 * {@code META-INF/services/com.buyerjourneykit.drivers.SystemUnderTest}.
 */
public final class LaunchedSystem implements SystemUnderTest {
    private final String channel = Settings.get("bjk.channel", "api");
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final StartedSystems started = StartedSystems.of(Settings.get("bjk.systems", "in-process"), channel, facts);
    private final String simulatorUrl;
    private final String systemUrl;
    private final DriverRegistry controls;

    public LaunchedSystem() {
        simulatorUrl = Optional.ofNullable(Settings.get("bjk.simulator.url", null)).orElseGet(started::startSimulator);
        systemUrl = Optional.ofNullable(Settings.get("bjk.sut.url", null)).map(this::toldToTheSimulator)
                .orElseGet(() -> started.startReferenceApp(simulatorUrl));
        controls = SimulatorControls.over(simulatorUrl);
        facts.put("channel", channel);
        facts.put("system.url", systemUrl);
        facts.put("simulator.url", simulatorUrl);
    }

    /**
     * WorldFirst notifies the system under test of money received: the simulator must know where an external
     * system listens ({@code bjk.sut.notify.url}: its base URL as the simulator reaches it, by default bjk.sut.url).
     */
    private String toldToTheSimulator(String externalSystemUrl) {
        WorldFirstNotifyUrl.register(simulatorUrl, Settings.get("bjk.sut.notify.url", externalSystemUrl));
        return externalSystemUrl;
    }

    @Override
    public ChannelDrivers openChannel(String language) {
        return openChannel(language, systemUrl);
    }

    @Override
    public ChannelDrivers openChannelAfterRestart(String language) {
        return openChannel(language, started.restartedReferenceApp(simulatorUrl));
    }

    @Override
    public <T> Optional<T> control(Class<T> concern) {
        return controls.driver(concern);
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> all = new LinkedHashMap<>(facts);
        if (channel.equals("web")) {
            all.put("browser", WebChannel.browserDescription());
        }
        return all;
    }

    private ChannelDrivers openChannel(String language, String url) {
        switch (channel) {
            case "api":
                return new ApiChannel(url);
            case "web":
                return new WebChannel(url, language);
            default:
                return PartnerChannel.open(channel, url, language);
        }
    }
}
