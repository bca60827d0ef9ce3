package com.buyerjourneykit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary names the project's own files as the project does, so two machines' summaries compare line by line. */
class ConformanceSummaryMainTest {

    @Test
    void theBaselineAndResultsInsideTheProjectAreNamedRelativeToIt(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("conformance"));
        Files.writeString(project.resolve("conformance/baseline.txt"), "# no known failures\n");
        Files.createDirectories(project.resolve("reports/allure-results"));
        Files.createDirectories(project.resolve("conformance/profiles"));
        Files.copy(Path.of("conformance/profiles/full.properties"), project.resolve("conformance/profiles/full.properties"));

        ConformanceSummaryMain.main("--root=" + project.toAbsolutePath(), "--version=test");

        String summary = Files.readString(project.resolve("reports/conformance").resolve(SummaryFiles.JSON));
        assertThat(summary).contains("\"conformance/baseline.txt\"").doesNotContain(project.toAbsolutePath().toString());
    }
}
