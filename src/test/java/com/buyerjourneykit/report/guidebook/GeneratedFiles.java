package com.buyerjourneykit.report.guidebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

/** What the guidebook and the matrix share: the time of the run they show, and how a page is saved. */
public final class GeneratedFiles {
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private GeneratedFiles() {
    }

    /** When the run's last scenario ended: the pages say which run they show, not when they were written. */
    public static String runTime(List<ScenarioRun> runs) {
        long last = runs.stream().mapToLong(ScenarioRun::stop).max().orElse(0);
        return RUN_TIME.format(Instant.ofEpochMilli(last));
    }

    /**
     * Reads the scenario runs in {@code results} and hands them to {@code writer}, saying how long it took;
     * without results (no journey ran) it writes nothing, so the pages of the last run stay.
     */
    public static void generate(String what, Path results, Path out, BiConsumer<List<ScenarioRun>, Path> writer) {
        long started = System.nanoTime();
        List<ScenarioRun> runs = ScenarioRuns.in(results);
        if (runs.isEmpty()) {
            System.out.println(what + ": no journey results in " + results + ", nothing written");
            return;
        }
        writer.accept(runs, out);
        System.out.printf("%s: %d scenario runs -> %s in %d ms%n", what, runs.size(), out,
                (System.nanoTime() - started) / 1_000_000);
    }

    public static void save(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
