package com.buyerjourneykit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the journey run's Allure results ({@code *-result.json}) as scenario runs; containers and attachments are ignored. */
public final class AllureResults {
    private static final Pattern REQUIREMENT = Pattern.compile("[A-Z]{2,5}-\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureResults() {
    }

    public static List<ScenarioRun> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-result.json")).sorted()
                    .map(AllureResults::readOne).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScenarioRun readOne(Path file) {
        try {
            return scenarioRun(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable Allure result " + file, e);
        }
    }

    static ScenarioRun scenarioRun(JsonNode result) {
        List<String> tags = labels(result, "tag");
        String message = result.path("statusDetails").path("message").asText("");
        String scenarioId = tags.stream().filter(tag -> tag.startsWith("SCN-")).findFirst().orElse(result.path("name").asText());
        String channel = label(result, "channel").or(() -> parameter(result, "channel")).orElse("api");
        return new ScenarioRun(scenarioId, result.path("name").asText(), example(result), label(result, "language").orElse("en"), channel,
                RunStatus.of(result.path("status").asText(), message),
                tags.stream().filter(tag -> REQUIREMENT.matcher(tag).matches()).sorted().toList(), message);
    }

    private static Optional<String> label(JsonNode result, String name) {
        return labels(result, name).stream().findFirst();
    }

    private static List<String> labels(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.path("labels").forEach(label -> {
            if (name.equals(label.path("name").asText())) {
                values.add(label.path("value").asText().replaceFirst("^@", ""));
            }
        });
        return values;
    }

    /** An outline's example as {@code name=value, …}; the channel parameter is not part of it. */
    private static String example(JsonNode result) {
        List<String> values = new ArrayList<>();
        result.path("parameters").forEach(parameter -> {
            if (!"channel".equals(parameter.path("name").asText())) {
                values.add(parameter.path("name").asText() + "=" + parameter.path("value").asText());
            }
        });
        return String.join(", ", values);
    }

    private static Optional<String> parameter(JsonNode result, String name) {
        for (JsonNode parameter : result.path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return Optional.of(parameter.path("value").asText());
            }
        }
        return Optional.empty();
    }
}
