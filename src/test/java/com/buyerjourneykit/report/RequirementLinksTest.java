package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's description names its requirements in its language, as HTML the report shows as it is. */
class RequirementLinksTest {

    @Test
    void theDescriptionLinksTheCatalogueAndEachRequirementWithItsText() {
        String html = RequirementLinks.html("zh-CN", List.of("ALI-02"));

        assertThat(html).startsWith("<p><a href=\"requirements/zh-CN.html\">")
                .contains("<strong><a href=\"requirements/zh-CN.html#ali-02\">ALI-02</a></strong> " + Inline.html(RequirementCatalogue.text("zh-CN", "ALI-02")))
                .doesNotContain("**", "](");
    }
}
