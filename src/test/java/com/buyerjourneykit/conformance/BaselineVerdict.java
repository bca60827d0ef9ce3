package com.buyerjourneykit.conformance;

import java.util.List;

/**
 * The run against its baseline: failures the baseline does not list are new; a listed failure whose
 * runs all passed is stale (delete its line). A listed scenario that did not run or did not apply
 * proves nothing either way and is neither.
 */
public record BaselineVerdict(List<ScenarioRun> newFailures, List<BaselineEntry> stale, List<ScenarioRun> knownFailures) {

    public static BaselineVerdict of(Baseline baseline, List<ScenarioRun> runs) {
        List<ScenarioRun> failures = runs.stream().filter(run -> run.status() == RunStatus.FAILED).toList();
        return new BaselineVerdict(
                failures.stream().filter(run -> baseline.entries().stream().noneMatch(entry -> entry.matches(run))).toList(),
                baseline.entries().stream().filter(entry -> passedEverywhere(entry, runs)).toList(),
                failures.stream().filter(run -> baseline.entries().stream().anyMatch(entry -> entry.matches(run))).toList());
    }

    public boolean passes() {
        return newFailures.isEmpty() && stale.isEmpty();
    }

    private static boolean passedEverywhere(BaselineEntry entry, List<ScenarioRun> runs) {
        List<ScenarioRun> itsRuns = runs.stream().filter(entry::matches).toList();
        return itsRuns.stream().anyMatch(run -> run.status() == RunStatus.PASSED)
                && itsRuns.stream().noneMatch(run -> run.status() == RunStatus.FAILED);
    }
}
