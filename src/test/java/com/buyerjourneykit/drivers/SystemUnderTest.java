package com.buyerjourneykit.drivers;

import java.util.Map;
import java.util.Optional;

/**
 * The system under test and the simulator beside it, as the DSL sees them: channels to drive the
 * system and the simulator's control drivers. Which implementation runs is configuration
 * ({@code META-INF/services}), so the DSL never names a concrete launcher or channel.
 */
public interface SystemUnderTest {

    /** The drivers of the configured channel, for one scenario written in {@code language}. */
    ChannelDrivers openChannel(String language);

    /** The same channel, aimed at a new instance of the system on the same store (as after a restart). */
    ChannelDrivers openChannelAfterRestart(String language);

    /** A control driver of the simulator by its concern: {@code control(SmsInboxDriver.class)}. */
    <T> Optional<T> control(Class<T> concern);

    /** What ran: channel, URLs, start-up times, the browser; written into the report. */
    Map<String, String> facts();

    /** The system this run is configured with, started once per JVM on first use. */
    static SystemUnderTest configured() {
        return ConfiguredSystem.INSTANCE;
    }
}
