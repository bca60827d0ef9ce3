/**
 * The read-only views one simulated provider publishes for the others (through
 * {@code core.ProviderDirectory}); the only part of a provider another may see. JDK types only.
 */
package com.buyerjourneykit.simulator.published;
