package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The four languages hold the same scenarios: the same @SCN IDs, each with the same tags, the
 * same number of steps and the same example rows, in the same section folder.
 */
class FeatureParityTest {
    private static final List<String> LANGUAGES = List.of("en", "ru", "tr", "zh-CN");
    private static final Pattern SCENARIO_TAGS = Pattern.compile("^\\s*(@SCN-[\\w-]+.*)$", Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("@[\\w-]+");

    @Test
    void everyLanguageHasTheSameScenariosWithTheSameShape() {
        Map<String, String> english = shapes("en");
        assertThat(english).as("scenarios in features/en").isNotEmpty();
        for (String language : LANGUAGES) {
            assertThat(shapes(language)).as("scenario shapes of features/%s compared with features/en", language)
                    .isEqualTo(english);
        }
    }

    @Test
    void everyScenarioNamesItsRequirements() {
        for (String language : LANGUAGES) {
            scenarioBlocks(language).forEach((id, block) -> assertThat(block)
                    .as("%s in features/%s carries a requirement ID", id, language)
                    .containsPattern("@[A-Z]{2,5}-\\d{2}"));
        }
    }

    /** Scenario ID → "folder | tags | steps | example rows". */
    private static Map<String, String> shapes(String language) {
        return scenarioBlocks(language).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> shape(entry.getValue()), (a, b) -> a + " AND " + b, TreeMap::new));
    }

    private static String shape(String block) {
        String[] lines = block.split("\n");
        String folder = lines[0];
        Matcher tags = TAG.matcher(lines[1]);
        List<String> tagList = tags.results().map(java.util.regex.MatchResult::group).sorted().collect(Collectors.toList());
        long steps = Stream.of(lines).skip(3).map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("|") && !line.startsWith("#") && !line.endsWith(":")).count();
        List<String> rows = Stream.of(lines).map(String::trim).filter(line -> line.startsWith("|"))
                .map(line -> line.replaceAll("\\s+", "")).collect(Collectors.toList());
        return folder + " | " + tagList + " | " + steps + " steps | " + rows;
    }

    /** Scenario ID → its folder, tag line, title line and body, for one language. */
    private static Map<String, String> scenarioBlocks(String language) {
        Map<String, String> blocks = new TreeMap<>();
        for (Path feature : featureFiles(language)) {
            String text = read(feature);
            String folder = Path.of("features", language).relativize(feature.getParent()).toString();
            Matcher tagLine = SCENARIO_TAGS.matcher(text);
            List<Integer> starts = tagLine.results().map(java.util.regex.MatchResult::start).collect(Collectors.toList());
            for (int index = 0; index < starts.size(); index++) {
                int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
                String block = text.substring(starts.get(index), end).strip();
                Matcher id = Pattern.compile("@SCN-[\\w-]+").matcher(block);
                id.find();
                blocks.put(id.group(), folder + "\n" + block);
            }
        }
        return blocks;
    }

    private static List<Path> featureFiles(String language) {
        try (Stream<Path> files = Files.walk(Path.of("features", language))) {
            return files.filter(file -> file.toString().endsWith(".feature")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
