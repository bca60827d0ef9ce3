package com.buyerjourneykit.containers;

import org.testcontainers.utility.DockerImageName;

/**
 * The provider simulator (Alipay, 1688.com, WorldFirst) in Docker, for a partner's own JUnit tests:
 * <pre>
 * &#64;Container static SimulatorContainer simulator = new SimulatorContainer();
 * … POST simulator.alipayUrl() + "/gateway.do", then GET simulator.controlUrl() + "/sms-inbox/+60…"
 * </pre>
 * The image is {@code bjk/simulator:latest} from {@code docker/build-images.sh}, or the one named by
 * {@code -Dbjk.simulator.image} / {@code BJK_SIMULATOR_IMAGE}. On a shared {@code Network} other
 * containers reach it at {@link #networkBaseUrl()}.
 */
public class SimulatorContainer extends KitContainer<SimulatorContainer> {
    public static final int PORT = 8089;
    public static final String NETWORK_ALIAS = "simulator";

    public SimulatorContainer() {
        this(ContainerImages.named("bjk.simulator.image", "bjk/simulator:latest"));
    }

    public SimulatorContainer(DockerImageName image) {
        super(image, PORT, "/__admin/health");
        withNetworkAliases(NETWORK_ALIAS);
        withCommand("simulator", "--host", "0.0.0.0", "--port", String.valueOf(PORT));
    }

    /** As seen from other containers on the same network. */
    public String networkBaseUrl() {
        return "http://" + NETWORK_ALIAS + ":" + PORT;
    }

    public String alipayUrl() {
        return baseUrl() + "/alipay";
    }

    public String member1688Url() {
        return baseUrl() + "/1688";
    }

    public String worldFirstUrl() {
        return baseUrl() + "/worldfirst";
    }

    /** The harness's control API: SMS inboxes, virtual clock, seeding, reset. */
    public String controlUrl() {
        return baseUrl() + "/__admin/sim";
    }
}
