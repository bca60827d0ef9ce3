package com.buyerjourneykit.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.journey.InMemoryJourneyStore;
import com.buyerjourneykit.reference.journey.JourneySteps;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One declaration gives both faces: a read-only page (help, contacts) answers REST and the page, outside any journey. */
class DeclaredRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Route HELP = Route.readOnly("help-for-test", "home", request -> StepAnswer.success(200, "help-shown")
            .with("contacts", List.of(Map.of("name", "1688 hotline", "hours", "09:00-18:00"))));
    private static final Route ECHO = Route.readOnly("echo-for-test", "home",
            request -> StepAnswer.success(200, "echoed").with("asked", String.valueOf(request.text("at"))));
    private static WebServer web;

    @BeforeAll
    static void start() {
        Journeys journeys = new Journeys(new InMemoryJourneyStore(), new JourneySteps(List.of()));
        web = WebServer.start("127.0.0.1", 0, journeys, new RouteTable(List.of(HELP, ECHO)), List.of());
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aReadOnlyRouteAnswersRestWithItsFactsAsJson() throws Exception {
        HttpResponse<String> answer = get("/api/v1/help-for-test");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.path("result").asText()).isEqualTo("help-shown");
        assertThat(body.path("contacts").get(0).path("hours").asText()).isEqualTo("09:00-18:00");
    }

    @Test
    void aReadOnlyRouteAnswersItsPageInTheBuyersLanguage() throws Exception {
        HttpResponse<String> page = get("/zh-CN/help-for-test");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"zh-CN\"");
    }

    @Test
    void aReadOnlyRouteReadsItsQueryStringInBothFaces() throws Exception {
        HttpResponse<String> rest = get("/api/v1/echo-for-test?at=2026-01-05T09%3A00%2B08%3A00");
        assertThat(new ObjectMapper().readTree(rest.body()).path("asked").asText()).isEqualTo("2026-01-05T09:00+08:00");
        HttpResponse<String> page = get("/ru/echo-for-test?at=2026-01-05T09%3A00%2B08%3A00");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-outcome=\"echoed\"");
    }

    @Test
    void theRouteTableListsTheRestPathForTheContract() {
        assertThat(new RouteTable(List.of(HELP)).apiPaths()).contains("/api/v1/help-for-test", "/api/v1/journeys");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
