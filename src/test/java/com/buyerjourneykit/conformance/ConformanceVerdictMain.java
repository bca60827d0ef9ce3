package com.buyerjourneykit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The conformance run's verdict as the build's outcome: runs in the verify phase after the Allure report is
 * written, copies the summary next to it (reports/allure-report/conformance/) and fails the build, naming
 * each new failure and stale baseline line, unless summary.json says pass.
 */
public final class ConformanceVerdictMain {
    private ConformanceVerdictMain() {
    }

    public static void main(String... args) throws IOException {
        MainArguments arguments = MainArguments.of(args);
        Path summary = Path.of(arguments.get("summary", "reports/conformance"));
        arguments.get("report").map(Path::of).filter(Files::isDirectory).ifPresent(report -> copy(summary, report.resolve("conformance")));
        JsonNode json = new ObjectMapper().readTree(summary.resolve(SummaryFiles.JSON).toFile());
        String verdict = "Conformance verdict: " + json.path("verdict").asText() + ", score " + json.path("score").asText("—")
                + " % (" + summary.resolve(SummaryFiles.PAGE) + ")";
        System.out.println(verdict);
        json.path("problems").forEach(problem -> System.out.println("  " + problem.asText()));
        if (!"pass".equals(json.path("verdict").asText())) {
            throw new IllegalStateException(verdict + "; " + json.path("problems").size() + " problem(s), listed above");
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            for (String name : new String[] {SummaryFiles.JSON, SummaryFiles.PAGE}) {
                Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
