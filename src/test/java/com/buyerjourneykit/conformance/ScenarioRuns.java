package com.buyerjourneykit.conformance;

import java.util.List;

/** Scenario runs for the tests of the summary's logic. */
final class ScenarioRuns {
    private ScenarioRuns() {
    }

    static ScenarioRun run(String scenarioId, String language, RunStatus status, String... requirements) {
        return new ScenarioRun(scenarioId, "a scenario", "", language, "api", status, List.of(requirements),
                status == RunStatus.NOT_APPLICABLE ? "not applicable: outside profile x: y" : "");
    }
}
