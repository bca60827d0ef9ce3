package com.buyerjourneykit.report;

import com.buyerjourneykit.drivers.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The requirement catalogue in the repository, one Markdown file per language
 * ({@code bjk.requirements.dir}, default {@code docs/requirements}): the report shows each
 * scenario's requirements in words, in the scenario's language, and links to the catalogue page
 * of that language that is served with the report.
 */
public final class RequirementCatalogue {
    static final String FALLBACK_LANGUAGE = "en";
    /** Where the catalogue pages sit in the served report, relative to its index.html. */
    static final String SITE_FOLDER = "requirements/";
    private static final Path FOLDER = Path.of(Settings.get("bjk.requirements.dir", "docs/requirements"));
    private static final Map<String, CatalogueFile> FILES = read();

    private RequirementCatalogue() {
    }

    public static List<CatalogueFile> languages() {
        return List.copyOf(FILES.values());
    }

    static String title(String language) {
        return of(language).title();
    }

    public static String text(String language, String id) {
        CatalogueFile catalogue = of(language);
        return catalogue.entries().getOrDefault(id, "(not in " + FOLDER.resolve(catalogue.language() + ".md") + ")");
    }

    /** A relative link: it resolves against the report's index.html, wherever the report is served. */
    static String link(String language, String id) {
        return page(language) + "#" + id.toLowerCase(Locale.ROOT);
    }

    static String page(String language) {
        return SITE_FOLDER + of(language).language() + ".html";
    }

    private static CatalogueFile of(String language) {
        CatalogueFile catalogue = FILES.getOrDefault(language, FILES.get(FALLBACK_LANGUAGE));
        if (catalogue == null) {
            throw new IllegalStateException("No requirement catalogue in " + FOLDER.toAbsolutePath());
        }
        return catalogue;
    }

    private static Map<String, CatalogueFile> read() {
        if (!Files.isDirectory(FOLDER)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().matches("[a-z]{2}(-[A-Z]{2})?\\.md"))
                    .sorted().map(CatalogueFile::read)
                    .collect(Collectors.toMap(CatalogueFile::language, Function.identity(), (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
