package com.buyerjourneykit.containers;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** One server of the kit in a container: one port, ready once {@code readinessPath} answers 200, Docker checked first. */
public abstract class KitContainer<SELF extends KitContainer<SELF>> extends GenericContainer<SELF> {
    private final DockerImageName image;
    private final int port;

    KitContainer(DockerImageName image, int port, String readinessPath) {
        super(image);
        this.image = image;
        this.port = port;
        withExposedPorts(port);
        // The first page a cold JVM renders took 3 s, and a container's start over a minute, on a loaded 2-core
        // machine: Testcontainers' defaults (1 s per read, 60 s in all) gave up on a healthy app.
        waitingFor(Wait.forHttp(readinessPath).forStatusCode(200).withReadTimeout(Duration.ofSeconds(15))
                .withStartupTimeout(Duration.ofSeconds(180)));
    }

    @Override
    public void start() {
        DockerRequired.check();
        DockerRequired.checkBuilt(image); // by the name given: getDockerImageName() would already pull
        super.start();
    }

    /** As seen from the test, e.g. {@code http://localhost:32771}. */
    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(port);
    }
}
