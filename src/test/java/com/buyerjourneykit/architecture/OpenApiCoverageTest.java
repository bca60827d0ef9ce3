package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every REST route of the reference app is in the published contract (openapi/reference-api.yaml), and nothing more. */
class OpenApiCoverageTest {
    private static final Path WEB = Path.of("src/main/java/com/buyerjourneykit/reference/web/WebServer.java");
    private static final Path CONTRACT = Path.of("openapi/reference-api.yaml");
    private static final Pattern API_ROUTE = Pattern.compile("routes\\.(get|post)\\((JOURNEY|\"/api/v1[^\"]*\")( \\+ \"([^\"]*)\")?");
    private static final Pattern DOCUMENTED = Pattern.compile("^  (/api/v1\\S*):\\s*$", Pattern.MULTILINE);

    @Test
    void everyApiRouteIsDocumented() throws IOException {
        assertThat(documented()).isEqualTo(routes());
    }

    private static Set<String> routes() throws IOException {
        Set<String> routes = new TreeSet<>();
        Matcher route = API_ROUTE.matcher(Files.readString(WEB, StandardCharsets.UTF_8));
        while (route.find()) {
            String base = route.group(2).equals("JOURNEY") ? "/api/v1/journeys/{journeyId}" : route.group(2).replace("\"", "");
            routes.add(base + (route.group(4) == null ? "" : route.group(4)));
        }
        return routes;
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
