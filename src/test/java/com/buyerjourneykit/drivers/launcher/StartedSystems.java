package com.buyerjourneykit.drivers.launcher;

import java.util.Map;

/**
 * Where the harness starts the simulator and the reference app when no URL names running ones:
 * in this JVM ({@link InProcessSystems}), or in Docker beside PostgreSQL ({@link ContainerSystems},
 * {@code bjk.systems=containers}).
 */
interface StartedSystems {
    /** The simulator's base URL, as the harness reaches it. */
    String startSimulator();

    /** The app's base URL; the app talks to the simulator started before. */
    String startReferenceApp(String simulatorUrl);

    /** A new instance of the app on the same store, as after a restart; the first keeps serving. */
    String restartedReferenceApp(String simulatorUrl);

    static StartedSystems of(String kind, String channel, Map<String, String> facts) {
        switch (kind) {
            case "in-process":
                return new InProcessSystems(channel, facts);
            case "containers":
                return new ContainerSystems(facts);
            default:
                throw new IllegalArgumentException("bjk.systems must be in-process or containers, not " + kind);
        }
    }
}
