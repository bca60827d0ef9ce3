package com.buyerjourneykit.report.guidebook;

import java.util.List;

/** One scenario of the guide with its runs on each channel: the browser's, when there is one, shows the screens. */
record GuideScenario(List<ScenarioRun> runs) {

    ScenarioRun shown() {
        return runs.stream().filter(run -> ScenarioRun.WEB.equals(run.channel())).findFirst().orElse(runs.get(0));
    }

    boolean hasScreens() {
        return ScenarioRun.WEB.equals(shown().channel());
    }

    Verdict verdict() {
        if (runs.stream().anyMatch(run -> run.verdict() == Verdict.FAILED)) {
            return Verdict.FAILED;
        }
        return runs.stream().anyMatch(run -> run.verdict() == Verdict.PASSED) ? Verdict.PASSED : Verdict.NOT_APPLICABLE;
    }
}
