package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every section folder of features/ has its title in the scenario's language, so the report's table of contents reads like the guide. */
class SectionTitlesTest {

    @Test
    void everySectionFolderIsTitledFromTheAppsBundlesInItsLanguage() throws IOException {
        for (Path language : folders(Path.of("features"))) {
            for (Path section : folders(language)) {
                String folder = section.getFileName().toString();
                assertThat(SectionTitles.of(language.getFileName().toString(), folder))
                        .as("title of features/%s/%s", language.getFileName(), folder)
                        .doesNotContain("·").isNotBlank();
            }
        }
    }

    @Test
    void aTitleComesInTheScenariosLanguage() {
        assertThat(SectionTitles.of("ru", "01-alipay-account")).isEqualTo("1. Создайте личный кабинет Alipay");
        assertThat(SectionTitles.of("en", "00-journey")).startsWith("0. ");
    }

    @Test
    void aFolderWithoutATitleIsShownByItsNumberAndName() {
        assertThat(SectionTitles.of("en", "42-no-such-section")).isEqualTo("42 · no such section");
    }

    private static List<Path> folders(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
