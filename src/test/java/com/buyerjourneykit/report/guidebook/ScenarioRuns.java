package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.results.AllureResultFolder;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Every scenario run in an Allure results folder, one per scenario and channel: should an earlier
 * run's result still lie there, the latest one counts.
 */
public final class ScenarioRuns {
    private ScenarioRuns() {
    }

    /** Empty when the folder does not exist: no journey ran. A result cut short (a run killed while writing) is left out. */
    public static List<ScenarioRun> in(Path folder) {
        Map<String, ScenarioRun> latest = AllureResultFolder.read(folder, AllureResultFolder.Unreadable.SKIP_AND_SAY_SO).stream()
                .map(result -> AllureResultFile.read(result, folder)).flatMap(Optional::stream)
                .collect(Collectors.toMap(run -> run.channel() + " " + run.scenarioKey(), run -> run, later()));
        return latest.values().stream().sorted(Comparator.comparing(ScenarioRun::sortKey)
                .thenComparing(ScenarioRun::channel)).collect(Collectors.toList());
    }

    private static BinaryOperator<ScenarioRun> later() {
        return (one, other) -> other.stop() > one.stop() ? other : one;
    }
}
