package com.buyerjourneykit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code documents.html}, which the report's Overview links (Executors): the guidebook,
 * the requirement matrix, the conformance summary and the catalogues, each as the build copies it
 * beside {@code index.html}, or the note that this run did not write it. Run by the build after
 * the journey and the documents' own generators: {@code ReportDocuments <reports> <requirements-site> <out>}.
 */
public final class ReportDocuments {
    private ReportDocuments() {
    }

    public static void main(String[] arguments) {
        Path reports = Path.of(arguments[0]);
        Path out = Path.of(arguments[2]);
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("documents.html"), DocumentsPage.html(found(reports, Path.of(arguments[1]))),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReportDocument> found(Path reports, Path requirementsSite) {
        return List.of(
                new ReportDocument("Illustrated guidebook", "each step's sentence beside the screen the browser showed, per language",
                        perLanguage(reports.resolve("guidebook"), "guidebook/", "/index.html")),
                new ReportDocument("Requirement matrix", "requirement × language × channel: passed, failed, not applicable, missing",
                        single(reports, "matrix/index.html")),
                new ReportDocument("Conformance summary", "per requirement passed, failed or not applicable, and the score",
                        single(reports, "conformance/index.html")),
                new ReportDocument("Catalogues", "magic values and the rules chosen where the guide is silent, from the code",
                        single(reports, "catalogue/index.html")),
                new ReportDocument("Requirement catalogue", "every requirement's text, in each language",
                        perLanguage(requirementsSite, "requirements/", ".html")));
    }

    private static Map<String, String> single(Path reports, String page) {
        return Files.isRegularFile(reports.resolve(page)) ? Map.of("Open", page) : Map.of();
    }

    /** {@code <folder>/<lang>/index.html} or {@code <folder>/<lang>.html}, whichever the document writes. */
    private static Map<String, String> perLanguage(Path folder, String link, String suffix) {
        Map<String, String> pages = new LinkedHashMap<>();
        if (Files.isRegularFile(folder.resolve("index.html"))) {
            pages.put("All languages", link + "index.html");
        }
        for (String language : List.of("en", "ru", "tr", "zh-CN")) {
            if (Files.isRegularFile(folder.resolve(language + suffix))) {
                pages.put(AllureLabels.languageName(language), link + language + suffix);
            }
        }
        return pages;
    }
}
