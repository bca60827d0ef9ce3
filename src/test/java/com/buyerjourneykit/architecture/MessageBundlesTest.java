package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.GuideSections;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page text exists in every language, and no template carries text of its own. The bundles
 * are found in the folder: the shared {@code i18n/messages_*} and each section's
 * {@code i18n/<section>/messages_*}, so a new section is covered without touching this test.
 */
class MessageBundlesTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> LANGUAGES = List.of("en", "ru", "tr", "zh_CN");
    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]+)<");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() {
        for (Path folder : bundleFolders()) {
            Set<String> english = load(folder, "en").stringPropertyNames();
            for (String language : LANGUAGES) {
                Properties bundle = load(folder, language);
                assertThat(bundle.stringPropertyNames()).as("keys of %s/messages_%s", folder, language).isEqualTo(english);
                bundle.forEach((key, text) -> assertThat(text.toString()).as("%s in %s/messages_%s", key, folder, language)
                        .isNotBlank());
            }
        }
    }

    @Test
    void everyRegisteredSectionHasItsOwnBundle() {
        for (GuideSection section : GuideSections.ALL) {
            assertThat(bundleFolders()).as("message bundles of section %s", section.name()).contains(I18N.resolve(section.name()));
        }
    }

    /** The bundles are looked through in turn, so a key in two of them would be ambiguous. */
    @Test
    void aKeyLivesInOneBundleOnly() {
        Map<String, Path> owners = new HashMap<>();
        for (Path folder : bundleFolders()) {
            for (String key : load(folder, "en").stringPropertyNames()) {
                assertThat(owners.put(key, folder)).as("%s in %s and another bundle", key, folder).isNull();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() {
        Set<String> keys = bundleFolders().stream().flatMap(folder -> load(folder, "en").stringPropertyNames().stream())
                .collect(Collectors.toSet());
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(read(template));
            while (key.find()) {
                assertThat(keys).as("message keys, named in %s", template).contains(key.group(1));
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
            assertThat(found).as("text written into %s instead of a message bundle", template).isEmpty();
        }
    }

    /** Every folder under i18n holding an English bundle: the shared one and one per section. */
    private static List<Path> bundleFolders() {
        return walk(I18N, "messages_en.properties").stream().map(Path::getParent).sorted().toList();
    }

    private static Properties load(Path folder, String language) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> templates() {
        return walk(TEMPLATES, ".html");
    }

    private static List<Path> walk(Path root, String nameEnd) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(nameEnd)).sorted().collect(Collectors.toList());
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
