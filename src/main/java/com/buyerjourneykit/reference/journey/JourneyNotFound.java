package com.buyerjourneykit.reference.journey;

/** An unknown journey ID. */
public final class JourneyNotFound extends RuntimeException {
    public JourneyNotFound(String id) {
        super("no journey with id " + id);
    }
}
