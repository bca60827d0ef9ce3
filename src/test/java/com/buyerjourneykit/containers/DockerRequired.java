package com.buyerjourneykit.containers;

import org.testcontainers.DockerClientFactory;

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
}
