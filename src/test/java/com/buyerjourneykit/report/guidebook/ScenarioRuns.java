package com.buyerjourneykit.report.guidebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every scenario run in an Allure results folder, one per scenario and channel: should an earlier
 * run's result still lie there, the latest one counts.
 */
public final class ScenarioRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioRuns() {
    }

    /** Empty when the folder does not exist: no journey ran. */
    public static List<ScenarioRun> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, ScenarioRun> latest = files.filter(file -> file.getFileName().toString().endsWith("-result.json"))
                    .map(file -> read(file, folder)).flatMap(Optional::stream)
                    .collect(Collectors.toMap(run -> run.channel() + " " + run.scenarioKey(), run -> run, later()));
            return latest.values().stream().sorted(Comparator.comparing(ScenarioRun::sortKey)
                    .thenComparing(ScenarioRun::channel)).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BinaryOperator<ScenarioRun> later() {
        return (one, other) -> other.stop() > one.stop() ? other : one;
    }

    private static Optional<ScenarioRun> read(Path file, Path folder) {
        try {
            return AllureResultFile.read(JSON.readTree(file.toFile()), folder);
        } catch (IOException e) {
            // A result cut short (a run killed while writing) must not cost the reader every other result.
            System.err.println("guidebook: skipped unreadable " + file.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
