package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report lists the guide's sections in the guide's order, in every language, although Allure sorts them by name. */
class SectionNamesTest {
    /** How Allure 2's tree orders groups: by the lower-cased name, character by character. */
    private static final Comparator<String> AS_ALLURE_SORTS = Comparator.comparing(name -> name.toLowerCase(Locale.ROOT));

    @Test
    void sortedByNameTheSectionsOfEveryLanguageFollowTheGuide() throws IOException {
        for (Path language : folders(Path.of("features"))) {
            List<String> inGuideOrder = folders(language).stream()
                    .map(folder -> SectionNames.of(language.getFileName().toString(), folder.getFileName().toString()))
                    .toList();
            assertThat(inGuideOrder).as("sections of features/%s", language.getFileName()).isSortedAccordingTo(AS_ALLURE_SORTS);
        }
    }

    @Test
    void aSectionTheGuideLeavesUnnumberedCarriesItsFolderNumber() {
        assertThat(SectionNames.of("tr", "07-self-billed-e-invoice")).startsWith("7. 1688.com");
        assertThat(SectionNames.of("en", "04a-authorise-1688")).startsWith("4A. ").doesNotContain("4A. 4A.");
    }

    @Test
    void theClosingSectionKeepsTheGuidesTitle() {
        assertThat(SectionNames.of("ru", "99-help")).isEqualTo(SectionTitles.of("ru", "99-help"));
    }

    @Test
    void aFolderWithoutATitleIsNotNumberedTwice() {
        assertThat(SectionNames.of("en", "42-no-such-section")).isEqualTo("42 · no such section");
    }

    private static List<Path> folders(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
