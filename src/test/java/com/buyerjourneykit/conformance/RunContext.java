package com.buyerjourneykit.conformance;

/**
 * Where a conformance run's facts come from: the kit's version, the hash of the features and stubs used,
 * the system (URL, or the in-process reference app) and its driver, the simulator, the profile.
 */
public record RunContext(String kitVersion, String specificationSha256, String system, String driver, String simulator,
                         ConformanceProfile profile, String results) {
}
