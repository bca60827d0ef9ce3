package com.buyerjourneykit.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the generator writes the catalogue: tables, the README's block, the report's page. */
class CatalogueRenderingTest {
    private static final List<CatalogueGroup> SAMPLE = List.of(
            new CatalogueGroup("Simulator · Sample", List.of(new MagicValue("PIN `0000`", "the till", "a <beep> | twice")),
                    List.of(new ChosenRule("Beeps", "**two**, one second apart", "ALI-01"))),
            CatalogueGroup.chosen("App · nothing magic", List.of(new ChosenRule("Silence", "none", ChosenRule.NO_REQUIREMENT))));

    @Test
    void aPipeInsideACellDoesNotSplitTheRow() {
        assertThat(MarkdownTable.of(List.of("A", "B"), List.of(List.of("x | y", "z"))))
                .isEqualTo("| A | B |\n|---|---|\n| x \\| y | z |\n");
    }

    @Test
    void theReadmeChangesOnlyBetweenItsMarkers() {
        String readme = "intro\n" + ReadmeBlock.BEGIN + "old\n" + ReadmeBlock.END + "\nrest\n";

        assertThat(ReadmeBlock.replaceInside(readme, "new\n"))
                .isEqualTo("intro\n" + ReadmeBlock.BEGIN + "new\n" + ReadmeBlock.END + "\nrest\n");
    }

    @Test
    void aReadmeWithoutMarkersIsNamedNotSilentlyLeftAlone() {
        assertThatThrownBy(() -> ReadmeBlock.replaceInside("no markers\n", "new\n"))
                .hasMessageContaining("<!-- catalogue:begin -->");
    }

    @Test
    void theChoicesDocumentHasOneTablePerGroupWithChoices() {
        String choices = new MarkdownCatalogue(SAMPLE).choices();

        assertThat(choices).contains("(2 rules)", "## Simulator · Sample", "## App · nothing magic",
                "| Beeps | **two**, one second apart | ALI-01 |", "| Silence | none | — |");
    }

    @Test
    void theReadmeBlockCountsBothCataloguesAndLinksThem() {
        String block = new MarkdownCatalogue(SAMPLE).readmeBlock();

        assertThat(block).contains("| PIN `0000` | the till | a <beep> \\| twice |",
                "[1 magic values](docs/catalogue/magic-values.md)", "[2 rules the seeds leave open");
    }

    @Test
    void thePageEscapesMarkupAndShowsCodeSpansAsCode() {
        String page = new HtmlCatalogue(SAMPLE).page();

        assertThat(page).contains("<td>PIN <code>0000</code></td>", "a &lt;beep&gt; | twice",
                "<strong>two</strong>", "<h3>App · nothing magic</h3>");
    }
}
