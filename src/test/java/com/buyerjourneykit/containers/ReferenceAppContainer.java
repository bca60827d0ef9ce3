package com.buyerjourneykit.containers;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The reference buyer app in Docker, talking to a {@link SimulatorContainer} over their shared
 * {@code Network}. The image is {@code bjk/reference-app:latest}, or {@code -Dbjk.app.image} /
 * {@code BJK_APP_IMAGE}.
 */
public class ReferenceAppContainer extends GenericContainer<ReferenceAppContainer> {
    public static final int PORT = 8080;

    public ReferenceAppContainer(SimulatorContainer simulator) {
        this(ContainerImages.named("bjk.app.image", "bjk/reference-app:latest"), simulator);
    }

    public ReferenceAppContainer(DockerImageName image, SimulatorContainer simulator) {
        super(image);
        if (simulator.getNetwork() == null) {
            throw new IllegalArgumentException("Put the simulator on a Network first: simulator.withNetwork(Network.newNetwork())");
        }
        withNetwork(simulator.getNetwork());
        dependsOn(simulator);
        withExposedPorts(PORT);
        withCommand("app", "--host", "0.0.0.0", "--port", String.valueOf(PORT), "--simulator", simulator.networkBaseUrl());
        waitingFor(Wait.forHttp("/en/").forStatusCode(200).withStartupTimeout(Duration.ofSeconds(60)));
    }

    @Override
    public void start() {
        DockerRequired.check();
        super.start();
    }

    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }
}
