package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page text exists in every language, and no template carries text of its own. */
class MessageBundlesTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> BUNDLES = List.of("en", "ru", "tr", "zh_CN");
    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]+)<");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() {
        Set<String> english = load("en").stringPropertyNames();
        for (String language : BUNDLES) {
            Properties bundle = load(language);
            assertThat(bundle.stringPropertyNames()).as("keys of messages_%s", language).isEqualTo(english);
            bundle.forEach((key, text) -> assertThat(text.toString()).as("%s in messages_%s", key, language).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesExists() {
        Set<String> keys = load("en").stringPropertyNames();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(read(template));
            while (key.find()) {
                assertThat(keys).as("message keys, named in %s", template.getFileName()).contains(key.group(1));
            }
        }
    }

    @Test
    void templatesHoldNoHardCodedText() {
        for (Path template : templates()) {
            Matcher text = TEXT_BETWEEN_TAGS.matcher(read(template));
            Set<String> found = new TreeSet<>();
            while (text.find()) {
                if (!text.group(1).isBlank()) {
                    found.add(text.group(1).trim());
                }
            }
            assertThat(found).as("text written into %s instead of a message bundle", template.getFileName()).isEmpty();
        }
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().collect(Collectors.toList());
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
