package com.buyerjourneykit.conformance;

import java.util.List;

/**
 * One requirement across every language and channel of the run: passed when every applicable run
 * carrying it passed, failed when one did not, not applicable when none applied.
 */
public record RequirementVerdict(String id, RunStatus status, List<ScenarioRun> runs) {

    static RequirementVerdict of(String id, List<ScenarioRun> runs) {
        return new RequirementVerdict(id, statusOf(runs), runs);
    }

    public long count(RunStatus runStatus) {
        return runs.stream().filter(run -> run.status() == runStatus).count();
    }

    public List<ScenarioRun> runs(RunStatus runStatus) {
        return runs.stream().filter(run -> run.status() == runStatus).toList();
    }

    private static RunStatus statusOf(List<ScenarioRun> runs) {
        if (runs.stream().anyMatch(run -> run.status() == RunStatus.FAILED)) {
            return RunStatus.FAILED;
        }
        return runs.stream().anyMatch(run -> run.status() == RunStatus.PASSED) ? RunStatus.PASSED : RunStatus.NOT_APPLICABLE;
    }
}
