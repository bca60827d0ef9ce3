package com.buyerjourneykit.simulator.core;

/** How the simulator builds a provider: usually its constructor, {@code AlipayProvider::new}. */
@FunctionalInterface
public interface ProviderFactory {
    SimulatedProvider create(SharedServices shared, ProviderDirectory directory);
}
