package com.buyerjourneykit.conformance;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a partner's system implements: the scenarios (a Cucumber tag expression, blank for all) and
 * the channels ({@code *} for any). Named by {@code bjk.profile}: a file of
 * {@code conformance/profiles/<name>.properties}, or the path of the partner's own file.
 */
public record ConformanceProfile(String name, String description, String scenarios, List<String> channels) {
    static final Path PROFILES = Path.of("conformance", "profiles");
    /** What runs when no profile is named: everything, so runs without bjk.profile need no file. */
    static final ConformanceProfile FULL = new ConformanceProfile("full", "The whole guide: every section, every channel", "", List.of("*"));
    private static final String ANY_CHANNEL = "*";

    public static ConformanceProfile load(String nameOrFile, Path profilesFolder) {
        if (nameOrFile == null) {
            return FULL;
        }
        Path file = nameOrFile.endsWith(".properties") ? Path.of(nameOrFile) : profilesFolder.resolve(nameOrFile + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("bjk.profile: no profile " + file + " (the kit's: full, accounts-only, no-e-invoice, "
                    + "rest-only; or the path of your own .properties file)");
        }
        Properties properties = read(file);
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        return new ConformanceProfile(name, properties.getProperty("description", ""), properties.getProperty("scenarios", "").trim(),
                commaSeparated(properties.getProperty("channels", ANY_CHANNEL)));
    }

    /** Why a scenario with these tags (each with its '@'), run on this channel, is outside the profile; empty when inside. */
    public Optional<String> whyOutside(Collection<String> tags, String channel) {
        if (!channels.contains(ANY_CHANNEL) && !channels.contains(channel)) {
            return Optional.of("channel " + channel + " is not one of " + String.join(", ", channels));
        }
        if (!scenarios.isBlank() && !expression().evaluate(new ArrayList<>(tags))) {
            return Optional.of("its tags (" + String.join(" ", sorted(tags)) + ") do not match " + scenarios);
        }
        return Optional.empty();
    }

    private Expression expression() {
        return TagExpressionParser.parse(scenarios);
    }

    private static List<String> sorted(Collection<String> tags) {
        return tags.stream().sorted().toList();
    }

    private static List<String> commaSeparated(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
