package com.buyerjourneykit.report.guidebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the illustrated guidebook of each language from the journey's Allure results:
 * {@code <out>/<lang>/index.html} with its screens in {@code img/}, and {@code <out>/index.html}.
 * Arguments: the Allure results folder, the output folder, the features folder.
 */
public final class Guidebook {
    private Guidebook() {
    }

    public static void main(String[] args) {
        Path results = Path.of(args.length > 0 ? args[0] : "reports/allure-results");
        Path out = Path.of(args.length > 1 ? args[1] : "reports/guidebook");
        Path features = Path.of(args.length > 2 ? args[2] : "features");
        GeneratedFiles.generate("guidebook", results, out, (runs, folder) -> write(runs, folder, features));
    }

    static void write(List<ScenarioRun> runs, Path out, Path features) {
        String runTime = GeneratedFiles.runTime(runs);
        for (String language : PageWords.LANGUAGES) {
            Path folder = out.resolve(language);
            forget(folder);
            List<ScenarioRun> own = runs.stream().filter(run -> language.equals(run.language())).collect(Collectors.toList());
            GuidebookPage page = new GuidebookPage(language, new ImageShelf(folder));
            GeneratedFiles.save(folder.resolve("index.html"), page.html(GuideSections.of(own, features.resolve(language)), runTime));
        }
        GeneratedFiles.save(out.resolve("index.html"), GuidebookIndex.html(PageWords.LANGUAGES, runTime));
    }

    /** The last run's pages and screens, so no picture of an earlier run stays behind. */
    private static void forget(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
