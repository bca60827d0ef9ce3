package com.buyerjourneykit.containers;

import org.testcontainers.utility.DockerImageName;

/**
 * The reference buyer app in Docker, talking to a {@link SimulatorContainer} over their shared
 * {@code Network}. The image is {@code bjk/reference-app:latest}, or {@code -Dbjk.app.image} /
 * {@code BJK_APP_IMAGE}.
 */
public class ReferenceAppContainer extends KitContainer<ReferenceAppContainer> {
    public static final int PORT = 8080;

    public ReferenceAppContainer(SimulatorContainer simulator) {
        this(ContainerImages.named("bjk.app.image", "bjk/reference-app:latest"), simulator);
    }

    public ReferenceAppContainer(DockerImageName image, SimulatorContainer simulator) {
        super(image, PORT, "/en/");
        if (simulator.getNetwork() == null) {
            throw new IllegalArgumentException("Put the simulator on a Network first: simulator.withNetwork(Network.newNetwork())");
        }
        withNetwork(simulator.getNetwork());
        dependsOn(simulator);
        withCommand("app", "--host", "0.0.0.0", "--port", String.valueOf(PORT), "--simulator", simulator.networkBaseUrl());
    }
}
