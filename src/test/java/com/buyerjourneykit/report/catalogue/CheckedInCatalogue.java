package com.buyerjourneykit.report.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue files kept in git (docs/catalogue/*.md and the README's block): what they should hold, and which do not. */
final class CheckedInCatalogue {
    static final String REFRESH = "bin/catalogue";
    private final Path root;
    private final MarkdownCatalogue markdown;

    CheckedInCatalogue(Path root, List<CatalogueGroup> groups) {
        this.root = root.toAbsolutePath();
        this.markdown = new MarkdownCatalogue(groups);
    }

    /** Each file, relative to the project root, with the text it should hold now. */
    Map<Path, String> expected() {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Path.of("docs", "catalogue", "magic-values.md"), markdown.magicValues());
        files.put(Path.of("docs", "catalogue", "choices.md"), markdown.choices());
        files.put(Path.of("README.md"), ReadmeBlock.replaceInside(read(Path.of("README.md")), markdown.readmeBlock()));
        return files;
    }

    /** The files whose text is not what the code says now. */
    List<Path> stale() {
        return expected().entrySet().stream().filter(file -> !file.getValue().equals(read(file.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    void write() {
        expected().forEach((file, text) -> {
            try {
                Files.createDirectories(root.resolve(file).getParent());
                Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String read(Path file) {
        Path path = root.resolve(file);
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
