package com.buyerjourneykit.report.guidebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One language's scenarios by guide section. The folders' names sort in the guide's order
 * (00-journey, 01-…, 04a, 04b, 05, …, 99-help); a section of features/ that this run left out
 * still shows, saying so.
 */
final class GuideSections {
    private GuideSections() {
    }

    static Map<String, List<GuideScenario>> of(List<ScenarioRun> runs, Path languageFeatures) {
        Map<String, List<GuideScenario>> sections = new TreeMap<>();
        folders(languageFeatures).forEach(folder -> sections.put(folder, new ArrayList<>()));
        Map<String, List<ScenarioRun>> byScenario = runs.stream()
                .collect(Collectors.groupingBy(ScenarioRun::scenarioKey, LinkedHashMap::new, Collectors.toList()));
        byScenario.values().forEach(scenario -> sections.computeIfAbsent(scenario.get(0).section(),
                folder -> new ArrayList<>()).add(new GuideScenario(scenario)));
        return sections;
    }

    private static List<String> folders(Path languageFeatures) {
        if (!Files.isDirectory(languageFeatures)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(languageFeatures)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.matches("\\d+[a-z]?-.+")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
