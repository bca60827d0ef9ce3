package com.buyerjourneykit.containers;

import java.util.Locale;
import org.testcontainers.utility.DockerImageName;

/** Which image a container runs: a system property, else its environment variable, else the local build. */
final class ContainerImages {
    private ContainerImages() {
    }

    /** {@code named("bjk.simulator.image", …)} also reads {@code BJK_SIMULATOR_IMAGE}. */
    static DockerImageName named(String key, String locallyBuilt) {
        String chosen = System.getProperty(key, System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_')));
        return DockerImageName.parse(chosen == null || chosen.isBlank() ? locallyBuilt : chosen);
    }
}
