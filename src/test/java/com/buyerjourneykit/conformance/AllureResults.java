package com.buyerjourneykit.conformance;

import com.buyerjourneykit.report.results.AllureResult;
import com.buyerjourneykit.report.results.AllureResultFolder;
import java.nio.file.Path;
import java.util.List;

/** The journey run's Allure results as the summary counts them; a result it cannot read stops the verdict. */
public final class AllureResults {
    private AllureResults() {
    }

    public static List<ScenarioRun> read(Path folder) {
        return AllureResultFolder.read(folder, AllureResultFolder.Unreadable.FAIL).stream().map(AllureResults::scenarioRun).toList();
    }

    static ScenarioRun scenarioRun(AllureResult result) {
        String message = result.message();
        String scenarioId = result.labels("tag").stream().filter(tag -> tag.startsWith("SCN-")).findFirst().orElse(result.name());
        String channel = result.label("channel").or(() -> result.parameter("channel")).orElse("api");
        return new ScenarioRun(scenarioId, result.name(), result.example("channel"), result.label("language").orElse("en"), channel,
                RunStatus.of(result.status(), message), result.requirements().stream().sorted().toList(), message);
    }
}
