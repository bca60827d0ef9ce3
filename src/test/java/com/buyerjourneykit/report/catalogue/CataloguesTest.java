package com.buyerjourneykit.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What every publisher of the catalogue owes its readers: distinct entries, and requirements that exist. */
class CataloguesTest {
    private static final Pattern REQUIREMENT = Pattern.compile("[A-Z]{2,5}-\\d{2}");

    @Test
    void everyMagicValueIsListedOnce() {
        List<String> values = Catalogues.ALL.stream().flatMap(group -> group.magicValues().stream()).map(MagicValue::value).toList();

        assertThat(values).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void everyChosenRuleNamesRequirementsOfTheCatalogueOrNone() throws IOException {
        String requirements = Files.readString(Path.of("docs", "requirements", "en.md"));
        List<String> named = Catalogues.ALL.stream().flatMap(group -> group.choices().stream())
                .map(ChosenRule::requirements).flatMap(CataloguesTest::ids).distinct().toList();

        assertThat(named).isNotEmpty().allSatisfy(id -> assertThat(requirements).contains("### " + id));
    }

    @Test
    void everyGroupPublishesSomething() {
        assertThat(Catalogues.ALL).allSatisfy(group ->
                assertThat(group.magicValues().size() + group.choices().size()).as(group.title()).isPositive());
    }

    private static java.util.stream.Stream<String> ids(String requirements) {
        Matcher id = REQUIREMENT.matcher(requirements);
        return id.results().map(match -> match.group());
    }
}
