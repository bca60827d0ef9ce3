package com.buyerjourneykit.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes summary.json and index.html into one folder (reports/conformance). */
final class SummaryFiles {
    static final String JSON = "summary.json";
    static final String PAGE = "index.html";

    private SummaryFiles() {
    }

    static void write(ConformanceSummary summary, Path folder) {
        try {
            Files.createDirectories(folder);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(folder.resolve(JSON).toFile(), SummaryJson.of(summary));
            Files.writeString(folder.resolve(PAGE), SummaryPage.of(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
