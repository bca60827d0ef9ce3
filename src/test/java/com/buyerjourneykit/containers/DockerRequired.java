package com.buyerjourneykit.containers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * The container tests must fail, never skip, where Docker is missing: a green run without them would
 * claim something nobody checked.
 */
final class DockerRequired {
    static final String MESSAGE = "Docker is required for the container tests: install docker.io and start dockerd"
            + " (see README, Containers; .ci/run does both)";

    private DockerRequired() {
    }

    static void check() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    /**
     * The kit's own images ({@code bjk/…}) are built locally and published nowhere: a missing one fails at
     * once, instead of after minutes of pull retries against a registry that cannot have it.
     */
    static void checkBuilt(DockerImageName image) {
        if (!image.getUnversionedPart().startsWith("bjk/")) {
            return;
        }
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image.asCanonicalNameString()).exec();
        } catch (NotFoundException e) {
            throw new IllegalStateException("Image " + image.asCanonicalNameString()
                    + " is not built: run docker/build-images.sh after ./mvnw package (see README, Containers)", e);
        }
    }
}
