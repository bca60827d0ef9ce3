package com.buyerjourneykit.conformance;

import com.buyerjourneykit.drivers.Settings;
import java.util.Collection;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Decides, before a scenario's first step, whether it applies to the system under test. Aborting, not
 * failing: Cucumber reports it as skipped with the reason, so a partner's score counts only what their
 * system claims to implement and what the harness can do to it.
 */
public final class ScenarioScope {
    public static final String NOT_APPLICABLE = "not applicable: ";
    public static final String CANNOT_RUN = "cannot run against this system: ";
    private final ConformanceProfile profile;
    private final String channel;
    private final Optional<String> externalSystem;

    ScenarioScope(ConformanceProfile profile, String channel, Optional<String> externalSystem) {
        this.profile = profile;
        this.channel = channel;
        this.externalSystem = externalSystem;
    }

    /** The scenario with these tags (each with its '@') runs, or the scenario is skipped saying why. */
    public static void check(Collection<String> tags) {
        configured().require(tags);
    }

    void require(Collection<String> tags) {
        profile.whyOutside(tags, channel).ifPresent(why -> {
            throw new TestAbortedException(NOT_APPLICABLE + "outside profile " + profile.name() + ": " + why);
        });
        if (tags.contains("@restart") && externalSystem.isPresent()) {
            throw new TestAbortedException(CANNOT_RUN + "@restart restarts the app on its store, which the harness cannot do "
                    + "to the system at " + externalSystem.get() + " (bjk.sut.url)");
        }
    }

    /** Read for each scenario (a small file) from bjk.profile, bjk.channel and bjk.sut.url, so a run in the same JVM may change them. */
    private static ScenarioScope configured() {
        return new ScenarioScope(ConformanceProfile.load(Settings.get("bjk.profile", null), ConformanceProfile.PROFILES),
                Settings.get("bjk.channel", "api"), Optional.ofNullable(Settings.get("bjk.sut.url", null)));
    }
}
