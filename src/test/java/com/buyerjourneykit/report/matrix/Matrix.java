package com.buyerjourneykit.report.matrix;

import com.buyerjourneykit.report.guidebook.ScenarioRun;
import com.buyerjourneykit.report.guidebook.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/** Requirement × language × channel from one run's scenario results. */
public final class Matrix {
    public static final List<String> CHANNELS = List.of(ScenarioRun.API, ScenarioRun.WEB);
    private final List<ScenarioRun> runs;

    public Matrix(List<ScenarioRun> runs) {
        this.runs = List.copyOf(runs);
    }

    public Cell cell(String requirement, String language, String channel) {
        List<ScenarioRun> carrying = carrying(requirement, language, channel);
        if (carrying.isEmpty()) {
            boolean elsewhere = ScenarioRun.WEB.equals(channel) && !carrying(requirement, language, ScenarioRun.API).isEmpty();
            return new Cell(elsewhere ? CellState.NOT_IN_BROWSER_SET : CellState.MISSING, List.of(), List.of());
        }
        List<String> scenarios = carrying.stream().map(ScenarioRun::location).collect(Collectors.toList());
        List<String> why = carrying.stream().filter(run -> run.verdict() != Verdict.PASSED).map(ScenarioRun::why)
                .filter(text -> !text.isEmpty()).distinct().collect(Collectors.toList());
        return new Cell(state(carrying), scenarios, why);
    }

    private static CellState state(List<ScenarioRun> carrying) {
        if (carrying.stream().anyMatch(run -> run.verdict() == Verdict.FAILED)) {
            return CellState.FAILED;
        }
        boolean passed = carrying.stream().anyMatch(run -> run.verdict() == Verdict.PASSED);
        return passed ? CellState.PASSED : CellState.NOT_APPLICABLE;
    }

    private List<ScenarioRun> carrying(String requirement, String language, String channel) {
        return runs.stream().filter(run -> run.language().equals(language) && run.channel().equals(channel)
                && run.requirements().contains(requirement)).collect(Collectors.toList());
    }
}
