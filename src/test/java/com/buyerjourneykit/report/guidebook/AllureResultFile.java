package com.buyerjourneykit.report.guidebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code *-result.json} of the journey suite as a {@link ScenarioRun}; attachments resolve in its folder. */
final class AllureResultFile {
    static final String SCREEN = "Screen after this step";
    private static final Pattern REQUIREMENT = Pattern.compile("[A-Z]{2,5}-\\d{2}");
    private static final Pattern FOLDERS = Pattern.compile("features/([^/]+)/([^/]+)/");

    private AllureResultFile() {
    }

    /** Empty for a result that is not a scenario of features/ (a unit test's, say). */
    static Optional<ScenarioRun> read(JsonNode result, Path folder) {
        String location = result.path("fullName").asText("");
        Matcher folders = FOLDERS.matcher(location);
        if (!folders.find()) {
            return Optional.empty();
        }
        String language = label(result, "language").orElse(folders.group(1));
        String channel = label(result, "channel").orElse(ScenarioRun.API);
        Verdict verdict = Verdict.of(result.path("status").asText());
        String why = verdict == Verdict.PASSED ? "" : Verdict.why(result.path("statusDetails").path("message").asText(""));
        return Optional.of(new ScenarioRun(language, channel, location, folders.group(2),
                label(result, "subSuite").or(() -> label(result, "feature")).orElse(""),
                result.path("name").asText(""), requirements(result), verdict, why,
                steps(result, folder), result.path("stop").asLong(0)));
    }

    private static List<StepRun> steps(JsonNode result, Path folder) {
        List<StepRun> steps = new ArrayList<>();
        for (JsonNode step : result.path("steps")) {
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

    private static List<String> requirements(JsonNode result) {
        List<String> ids = new ArrayList<>();
        for (JsonNode label : result.path("labels")) {
            String value = label.path("value").asText("");
            if ("tag".equals(label.path("name").asText()) && REQUIREMENT.matcher(value).matches() && !ids.contains(value)) {
                ids.add(value);
            }
        }
        return ids;
    }

    private static Optional<String> label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                return Optional.of(label.path("value").asText(""));
            }
        }
        return Optional.empty();
    }
}
