package com.buyerjourneykit.conformance;

import java.util.List;
import java.util.stream.Stream;

/** What one conformance run found: who ran what against which system, each requirement's verdict, and the baseline's. */
public record ConformanceSummary(RunContext context, List<ScenarioRun> runs, RequirementVerdicts requirements,
                                 Baseline baseline, BaselineVerdict baselineVerdict) {

    public static ConformanceSummary of(RunContext context, List<ScenarioRun> runs, Baseline baseline) {
        return new ConformanceSummary(context, runs, RequirementVerdicts.of(runs), baseline, BaselineVerdict.of(baseline, runs));
    }

    /** Green when the run has results, no failure outside the baseline and no stale baseline line. */
    public boolean passes() {
        return !runs.isEmpty() && baselineVerdict.passes();
    }

    public long runs(RunStatus status) {
        return runs.stream().filter(run -> run.status() == status).count();
    }

    /** One line per reason the verdict is red, naming each scenario run or baseline line. */
    public List<String> problems() {
        if (runs.isEmpty()) {
            return List.of("no results in " + context.results() + ": the journey run wrote none");
        }
        return Stream.concat(
                baselineVerdict.newFailures().stream().map(run -> "new failure: " + run.describe() + ": " + run.reason()),
                baselineVerdict.stale().stream().map(entry -> "stale baseline line " + entry.line() + " (" + entry.text()
                        + "): it passes now, delete the line")).toList();
    }
}
