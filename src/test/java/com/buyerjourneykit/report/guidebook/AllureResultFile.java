package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.results.AllureResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Allure result of the journey suite as a {@link ScenarioRun}; attachments resolve in its folder. */
final class AllureResultFile {
    static final String SCREEN = "Screen after this step";
    private static final Pattern FOLDERS = Pattern.compile("features/([^/]+)/([^/]+)/");

    private AllureResultFile() {
    }

    /** Empty for a result that is not a scenario of features/ (a unit test's, say). */
    static Optional<ScenarioRun> read(AllureResult result, Path folder) {
        String location = result.fullName();
        Matcher folders = FOLDERS.matcher(location);
        if (!folders.find()) {
            return Optional.empty();
        }
        Verdict verdict = Verdict.of(result.status());
        String why = verdict == Verdict.PASSED ? "" : Verdict.why(result.message());
        return Optional.of(new ScenarioRun(result.label("language").orElse(folders.group(1)),
                result.label("channel").orElse(ScenarioRun.API), location, folders.group(2),
                result.label("subSuite").or(() -> result.label("feature")).orElse(""),
                result.name(), result.requirements(), verdict, why, steps(result, folder), result.stop()));
    }

    private static List<StepRun> steps(AllureResult result, Path folder) {
        List<StepRun> steps = new ArrayList<>();
        for (JsonNode step : result.steps()) {
            steps.add(new StepRun(step.path("name").asText(""), Verdict.of(step.path("status").asText()),
                    screen(step, folder)));
        }
        return steps;
    }

    private static Optional<Path> screen(JsonNode step, Path folder) {
        for (JsonNode attachment : step.path("attachments")) {
            if (SCREEN.equals(attachment.path("name").asText()) && attachment.hasNonNull("source")) {
                return Optional.of(folder.resolve(attachment.path("source").asText()));
            }
        }
        return Optional.empty();
    }
}
