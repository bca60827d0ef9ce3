package com.buyerjourneykit.drivers;

import java.util.ServiceLoader;

/** Holds the one {@link SystemUnderTest} of the JVM, found through {@code META-INF/services}, created on first use. */
final class ConfiguredSystem {
    static final SystemUnderTest INSTANCE = ServiceLoader.load(SystemUnderTest.class).findFirst()
            .orElseThrow(() -> new IllegalStateException("No " + SystemUnderTest.class.getName()
                    + " in META-INF/services: nothing can start the system under test"));

    private ConfiguredSystem() {
    }
}
