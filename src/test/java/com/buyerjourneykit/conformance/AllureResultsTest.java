package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.report.results.AllureResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario run read from Allure: labels per the report's contract, and only explained skips count as not applicable. */
class AllureResultsTest {
    private static final String LABELS = "\"labels\":[{\"name\":\"tag\",\"value\":\"section-1\"},{\"name\":\"tag\",\"value\":\"SCN-ALI-CODE-03\"},"
            + "{\"name\":\"tag\",\"value\":\"ALI-03\"},{\"name\":\"tag\",\"value\":\"ALI-07\"},{\"name\":\"language\",\"value\":\"ru\"},"
            + "{\"name\":\"channel\",\"value\":\"web\"}],\"parameters\":[{\"name\":\"elapsed\",\"value\":\"6\"},{\"name\":\"channel\",\"value\":\"web\"}]";

    @Test
    void aPassedResultCarriesItsScenarioRequirementsLanguageChannelAndExample() throws IOException {
        ScenarioRun run = read("passed", "");

        assertThat(run).extracting(ScenarioRun::scenarioId, ScenarioRun::language, ScenarioRun::channel, ScenarioRun::status,
                ScenarioRun::requirements, ScenarioRun::example)
                .containsExactly("SCN-ALI-CODE-03", "ru", "web", RunStatus.PASSED, java.util.List.of("ALI-03", "ALI-07"), "elapsed=6");
        assertThat(run.describe()).isEqualTo("SCN-ALI-CODE-03 ru web [elapsed=6] — The countdown");
    }

    @Test
    void skipsThatSayWhyTheyDoNotApplyAreNotApplicable() throws IOException {
        assertThat(read("skipped", "not applicable: outside profile rest-only: channel web is not one of api").status())
                .isEqualTo(RunStatus.NOT_APPLICABLE);
        assertThat(read("skipped", "cannot run against this system: @restart …").status()).isEqualTo(RunStatus.NOT_APPLICABLE);
        assertThat(read("skipped", "not applicable: not implemented by this channel: JourneyDriver (x)").status())
                .isEqualTo(RunStatus.NOT_APPLICABLE);
    }

    @Test
    void brokenAndUnexplainedSkipsAreFailures() throws IOException {
        assertThat(read("broken", "java.net.ConnectException").status()).isEqualTo(RunStatus.FAILED);
        assertThat(read("skipped", "").status()).as("an undefined or pending step").isEqualTo(RunStatus.FAILED);
        assertThat(read("failed", "expected 60").status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void onlyResultFilesAreRunsAndAMissingFolderHasNone(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-result.json"), json("passed", ""));
        Files.writeString(folder.resolve("b-container.json"), "{\"children\":[]}");
        Files.writeString(folder.resolve("c-attachment.txt"), "GET /");

        assertThat(AllureResults.read(folder)).hasSize(1);
        assertThat(AllureResults.read(folder.resolve("none"))).isEmpty();
    }

    private static ScenarioRun read(String status, String message) throws IOException {
        return AllureResults.scenarioRun(new AllureResult(new ObjectMapper().readTree(json(status, message))));
    }

    private static String json(String status, String message) {
        return "{\"name\":\"The countdown\",\"status\":\"" + status + "\",\"statusDetails\":{\"message\":\"" + message + "\"}," + LABELS + "}";
    }
}
