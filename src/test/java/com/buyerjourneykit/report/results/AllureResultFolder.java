package com.buyerjourneykit.report.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The scenario results in an Allure results folder (containers and attachments are not results); none when it does not exist. */
public final class AllureResultFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a reader does with a result it cannot parse, e.g. one a killed run left half-written. */
    public enum Unreadable {
        /** Tell standard error and read the others: a picture book can do without one scenario. */
        SKIP_AND_SAY_SO,
        /** Stop: a verdict must not be reached without a run it cannot see. */
        FAIL
    }

    private AllureResultFolder() {
    }

    public static List<AllureResult> read(Path folder, Unreadable unreadable) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-result.json")).sorted()
                    .map(file -> readOne(file, unreadable)).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<AllureResult> readOne(Path file, Unreadable unreadable) {
        try {
            return Optional.of(new AllureResult(JSON.readTree(file.toFile())));
        } catch (IOException e) {
            if (unreadable == Unreadable.FAIL) {
                throw new UncheckedIOException("unreadable Allure result " + file, e);
            }
            System.err.println("skipped unreadable Allure result " + file.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
