package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.reference.journey.InMemoryJourneyStore;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.buyerjourneykit.reference.sections.SectionContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every REST route of the reference app (its route table) is in the published contract (openapi/reference-api.yaml), and nothing more. */
class OpenApiCoverageTest {
    private static final Path CONTRACT = Path.of("openapi/reference-api.yaml");
    private static final Pattern DOCUMENTED = Pattern.compile("^  (/api/v1\\S*):\\s*$", Pattern.MULTILINE);

    @Test
    void everyApiRouteIsDocumented() throws IOException {
        assertThat(documented()).isEqualTo(routes());
    }

    /** The routes the registered sections declare; nothing is called, so no simulator is needed. */
    private static Set<String> routes() {
        Journeys journeys = new Journeys(new InMemoryJourneyStore(), GuideSections.steps());
        SectionContext context = SectionContext.of(ReferenceAppSettings.forSimulator("http://localhost:1"), journeys);
        return GuideSections.routes(context).apiPaths();
    }

    private static Set<String> documented() throws IOException {
        Set<String> paths = new TreeSet<>();
        Matcher path = DOCUMENTED.matcher(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        while (path.find()) {
            paths.add(path.group(1));
        }
        return paths;
    }
}
