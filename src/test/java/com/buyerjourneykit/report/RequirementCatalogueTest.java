package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue in docs/requirements is complete: every language of features/ has one, with the
 * same requirements in the same order as English, none empty, each keeping the English text's
 * numbers and [choice] markers; and every requirement a feature names is in it.
 */
class RequirementCatalogueTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern REQUIREMENT_TAG = Pattern.compile("@([A-Z]{2,5}-\\d{2})\\b");
    private static final Map<String, String> ENGLISH = catalogue("en").entries();

    @Test
    void everyLanguageOfTheFeaturesHasACatalogue() throws IOException {
        assertThat(RequirementCatalogue.languages()).extracting(CatalogueFile::language)
                .containsExactlyInAnyOrderElementsOf(featureLanguages());
    }

    @Test
    void everyLanguageHasTheSameRequirementsInTheSameOrder() {
        assertThat(ENGLISH).as("requirements in docs/requirements/en.md").isNotEmpty();
        for (CatalogueFile catalogue : RequirementCatalogue.languages()) {
            assertThat(List.copyOf(catalogue.entries().keySet())).as("requirement IDs of %s.md", catalogue.language())
                    .containsExactlyElementsOf(ENGLISH.keySet());
        }
    }

    @Test
    void noRequirementIsEmpty() {
        for (CatalogueFile catalogue : RequirementCatalogue.languages()) {
            catalogue.entries().forEach((id, text) -> assertThat(text).as("%s in %s.md", id, catalogue.language()).isNotBlank());
        }
    }

    @Test
    void translationsKeepTheNumbersAndChoiceMarkersOfTheEnglishText() {
        for (CatalogueFile catalogue : RequirementCatalogue.languages()) {
            catalogue.entries().entrySet().stream().filter(entry -> ENGLISH.containsKey(entry.getKey())).forEach(entry -> {
                String id = entry.getKey();
                String text = entry.getValue();
                String english = ENGLISH.get(id);
                assertThat(numbers(text)).as("numbers of %s in %s.md", id, catalogue.language()).isEqualTo(numbers(english));
                assertThat(markers(text)).as("[choice] markers of %s in %s.md", id, catalogue.language()).isEqualTo(markers(english));
            });
        }
    }

    @Test
    void everyRequirementAFeatureNamesIsInTheCatalogue() throws IOException {
        Set<String> named = requirementsNamedByFeatures();
        assertThat(named).as("requirement tags in features/").isNotEmpty();
        for (CatalogueFile catalogue : RequirementCatalogue.languages()) {
            assertThat(catalogue.entries().keySet()).as("requirements in %s.md", catalogue.language()).containsAll(named);
        }
    }

    @Test
    void theReportShowsTheScenariosLanguageAndLinksRelativeToItsIndexPage() {
        assertThat(RequirementCatalogue.text("ru", "JRN-03")).startsWith("Если аккаунт 1688 уже верифицирован");
        assertThat(RequirementCatalogue.link("zh-CN", "ALI-02")).isEqualTo("requirements/zh-CN.html#ali-02");
        assertThat(RequirementLinks.of("tr", "ALI-05").getName()).isEqualTo("ALI-05 · Lokasyon ve adres bilgilerini girin.");
        assertThat(RequirementCatalogue.link("xx", "ALI-02")).as("a language without a catalogue").isEqualTo("requirements/en.html#ali-02");
    }

    @Test
    void thePageOfALanguageAnchorsEveryRequirementLikeGitHubDoes() {
        String page = CataloguePage.html(catalogue("zh-CN"));
        ENGLISH.keySet().forEach(id -> assertThat(page).contains("<h3 id=\"" + id.toLowerCase() + "\">" + id + "</h3>"));
        assertThat(page).contains("<html lang=\"zh-CN\">", "<a href=\"en.html\">English</a>", "<strong>[约定]</strong>")
                .doesNotContain("**", "](");
    }

    private static CatalogueFile catalogue(String language) {
        return RequirementCatalogue.languages().stream().filter(file -> file.language().equals(language)).findFirst().orElseThrow();
    }

    private static List<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(MatchResult::group).distinct().sorted().collect(Collectors.toList());
    }

    private static long markers(String text) {
        return text.split("\\*\\*\\[", -1).length - 1L;
    }

    private static Set<String> featureLanguages() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("features"))) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Set<String> requirementsNamedByFeatures() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path feature : files.filter(file -> file.toString().endsWith(".feature")).collect(Collectors.toList())) {
                REQUIREMENT_TAG.matcher(Files.readString(feature, StandardCharsets.UTF_8)).results().forEach(tag -> named.add(tag.group(1)));
            }
        }
        return named;
    }
}
