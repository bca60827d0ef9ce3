package com.buyerjourneykit.containers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.utility.DockerImageName;

/**
 * The reference buyer app in Docker, talking to a {@link SimulatorContainer} over their shared
 * {@code Network}, its journeys in the container's own H2 file or, {@link #withDatabase with a database}, in a
 * {@link PostgresContainer} on the same network. The image is {@code bjk/reference-app:latest}, or
 * {@code -Dbjk.app.image} / {@code BJK_APP_IMAGE}.
 */
public class ReferenceAppContainer extends KitContainer<ReferenceAppContainer> {
    public static final int PORT = 8080;
    /** The name the app answers to on its network: how the simulator posts WorldFirst's notifications to it. */
    public static final String NETWORK_ALIAS = "reference-app";
    private final String simulatorUrl;

    public ReferenceAppContainer(SimulatorContainer simulator) {
        this(ContainerImages.named("bjk.app.image", "bjk/reference-app:latest"), simulator);
    }

    public ReferenceAppContainer(DockerImageName image, SimulatorContainer simulator) {
        super(image, PORT, "/en/");
        if (simulator.getNetwork() == null) {
            throw new IllegalArgumentException("Put the simulator on a Network first: simulator.withNetwork(Network.newNetwork())");
        }
        withNetwork(simulator.getNetwork());
        withNetworkAliases(NETWORK_ALIAS);
        dependsOn(simulator);
        simulatorUrl = simulator.networkBaseUrl();
        withCommand(command());
    }

    /** Journeys in PostgreSQL; the password travels in the environment, never on the app's command line. */
    public ReferenceAppContainer withDatabase(PostgresContainer postgres) {
        dependsOn(postgres);
        return withEnv("BJK_DB_URL", postgres.networkJdbcUrl()).withEnv("BJK_DB_USER", postgres.getUsername())
                .withEnv("BJK_DB_PASSWORD", postgres.getPassword());
    }

    /** How long the app waits for a provider before telling the buyer it is unavailable (5 s unless set). */
    public ReferenceAppContainer withProviderTimeout(Duration timeout) {
        List<String> command = new ArrayList<>(List.of(command()));
        command.addAll(List.of("--provider-timeout-ms", String.valueOf(timeout.toMillis())));
        return withCommand(command.toArray(String[]::new));
    }

    /** The app's base URL as the other containers of its network reach it (every app container of the network answers). */
    public static String networkBaseUrl() {
        return "http://" + NETWORK_ALIAS + ":" + PORT;
    }

    private String[] command() {
        return new String[] {"app", "--host", "0.0.0.0", "--port", String.valueOf(PORT), "--simulator", simulatorUrl};
    }
}
