package com.buyerjourneykit.drivers.launcher;

import com.buyerjourneykit.drivers.WorldFirstControlDriver;
import com.buyerjourneykit.drivers.simulator.SimulatorControls;

/**
 * WorldFirst tells the app about money that arrived by posting to the client's notify URL; an app the
 * harness starts must register where the simulator reaches it, or every notification goes unacknowledged.
 */
final class WorldFirstNotifyUrl {
    private static final String WORLDFIRST_CLIENT = "bjk-reference-app";

    private WorldFirstNotifyUrl() {
    }

    /** {@code appUrlSeenBySimulator}: the app's base URL as the simulator reaches it (a network alias in containers). */
    static void register(String simulatorUrl, String appUrlSeenBySimulator) {
        SimulatorControls.over(simulatorUrl).driver(WorldFirstControlDriver.class).orElseThrow()
                .registerNotifyUrl(WORLDFIRST_CLIENT, appUrlSeenBySimulator + "/api/v1/worldfirst/notifications");
    }
}
