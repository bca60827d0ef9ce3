package com.buyerjourneykit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language of the requirement catalogue, {@code docs/requirements/<lang>.md}: a title, and
 * each requirement as a heading of its own ID ({@code ### ALI-02}, which GitHub anchors as
 * {@code #ali-02}) followed by its text.
 */
public final class CatalogueFile {
    private static final Pattern ENTRY = Pattern.compile("^### ([A-Z]{2,5}-\\d{2})\\s*$");
    private final String language;
    private final List<String> lines;

    private CatalogueFile(String language, List<String> lines) {
        this.language = language;
        this.lines = List.copyOf(lines);
    }

    static CatalogueFile read(Path file) {
        try {
            String language = file.getFileName().toString().replaceFirst("\\.md$", "");
            return new CatalogueFile(language, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String language() {
        return language;
    }

    List<String> lines() {
        return lines;
    }

    String title() {
        return lines.stream().filter(line -> line.startsWith("# ")).map(line -> line.substring(2).trim())
                .findFirst().orElse(language);
    }

    /** Requirement ID → its text as one line, in the order of the file. */
    public Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        String id = null;
        List<String> text = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                put(entries, id, text);
                Matcher entry = ENTRY.matcher(line);
                id = entry.matches() ? entry.group(1) : null;
                text.clear();
            } else {
                text.add(line);
            }
        }
        put(entries, id, text);
        return Collections.unmodifiableMap(entries);
    }

    private static void put(Map<String, String> entries, String id, List<String> text) {
        if (id != null) {
            entries.put(id, Paragraphs.join(text));
        }
    }
}
