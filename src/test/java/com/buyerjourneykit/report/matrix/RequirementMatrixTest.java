package com.buyerjourneykit.report.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.report.RequirementCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix written from the guidebook's fixture results: each state where it belongs. */
class RequirementMatrixTest {
    @TempDir
    static Path out;
    static JsonNode requirements;

    @BeforeAll
    static void write() throws IOException {
        RequirementMatrix.main(new String[] {"src/test/resources/report/guidebook/results", out.toString()});
        requirements = new ObjectMapper().readTree(out.resolve("matrix.json").toFile()).path("requirements");
    }

    @Test
    void everyRequirementOfTheCatalogueHasARow() {
        int catalogued = RequirementCatalogue.languages().stream().filter(file -> file.language().equals("en"))
                .findFirst().orElseThrow().entries().size();
        assertThat(requirements.size()).isEqualTo(catalogued).isGreaterThan(50);
        assertThat(requirements.get(0).path("id").asText()).isEqualTo("JRN-01");
    }

    @Test
    void aRequirementRunOnBothChannelsPassesOnBoth() {
        assertThat(state("ALI-03", "en", "api")).isEqualTo("passed");
        assertThat(state("ALI-03", "en", "web")).isEqualTo("passed");
        assertThat(cell("ALI-03", "en", "web").path("scenarios").get(0).asText())
                .isEqualTo("features/en/01-alipay-account/enter-sms-code.feature:39");
    }

    @Test
    void aFailureAndALeftOutRunKeepTheirWhy() {
        assertThat(state("SUP-01", "en", "api")).isEqualTo("failed");
        assertThat(cell("SUP-01", "en", "api").path("why").get(0).asText()).isEqualTo("expected <1> but was <2>");
        assertThat(state("AUTH-02", "en", "api")).isEqualTo("not-applicable");
        assertThat(cell("AUTH-02", "en", "api").path("why").get(0).asText())
                .isEqualTo("not implemented by this channel: WorldAccountReasonsDriver");
    }

    @Test
    void theBrowserColumnTellsOutsideTheBrowserSetFromMissing() {
        assertThat(state("JRN-01", "ru", "api")).isEqualTo("passed");
        assertThat(state("JRN-01", "ru", "web")).isEqualTo("not-in-browser-set");
        assertThat(state("JRN-01", "en", "api")).isEqualTo("missing");
        assertThat(state("JRN-01", "en", "web")).isEqualTo("missing");
    }

    @Test
    void thePageExplainsItsStatesAndEscapesTheWhy() throws IOException {
        String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<span class=\"v na\">—</span>", "no browser (@ui) scenario does",
                "<span class=\"v failed\">failed (1)</span>", "expected &lt;1&gt; but was &lt;2&gt;", "Русский");
    }

    private static String state(String id, String language, String channel) {
        return cell(id, language, channel).path("state").asText();
    }

    private static JsonNode cell(String id, String language, String channel) {
        for (JsonNode row : requirements) {
            if (row.path("id").asText().equals(id)) {
                return row.path("cells").path(language).path(channel);
            }
        }
        throw new AssertionError("no row " + id);
    }
}
