package com.buyerjourneykit.report;

import com.buyerjourneykit.drivers.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement catalogue ({@code bjk.requirements.file}, default {@code ../shared/REQUIREMENTS.md}):
 * the report shows each scenario's requirements in words, not only as IDs.
 */
final class RequirementCatalogue {
    private static final Pattern ENTRY = Pattern.compile("^- ([A-Z]{2,5}-\\d{2}) (.+?)(?=^- |^#|\\z)", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Path FILE = Path.of(Settings.get("bjk.requirements.file", "../shared/REQUIREMENTS.md")).toAbsolutePath().normalize();
    private static final Map<String, String> TEXTS = load();

    private RequirementCatalogue() {
    }

    static String text(String id) {
        return TEXTS.getOrDefault(id, "(not in the catalogue at " + FILE + ")");
    }

    static String url(String id) {
        String base = Settings.get("bjk.requirements.url", FILE.toUri().toString());
        return base + "#" + id.toLowerCase();
    }

    private static Map<String, String> load() {
        if (!Files.isReadable(FILE)) {
            return Collections.emptyMap();
        }
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            Matcher entry = ENTRY.matcher(Files.readString(FILE, StandardCharsets.UTF_8));
            while (entry.find()) {
                texts.put(entry.group(1), entry.group(2).replaceAll("\\s+", " ").trim());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
