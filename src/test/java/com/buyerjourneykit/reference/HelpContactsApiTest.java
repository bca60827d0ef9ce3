package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help section (SUP-01, SUP-02) through REST and its pages: the guide's contacts, their hours, bad moments refused. */
class HelpContactsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("help-contacts-api-test");

    @Test
    void theRestAnswerListsBothLinesWithTheirHoursAndWhetherTheyAnswer() throws Exception {
        JsonNode help = json(JsonHttp.get(url("/api/v1/help?at=2026-01-05T17:30%2B08:00")), 200);
        assertThat(help.path("result").asText()).isEqualTo("help-contacts");
        JsonNode worldFirst = help.path("contacts").get(0);
        assertThat(worldFirst.path("email").asText()).isEqualTo("seaclients@service.worldfirst.com");
        assertThat(worldFirst.path("replyWithinWorkingDays").asText()).isEqualTo("1-2");
        assertThat(worldFirst.path("phone").asText()).isEqualTo("+65 6805 4380");
        assertThat(worldFirst.path("open").asBoolean()).isFalse();
        JsonNode hotline = help.path("contacts").get(1);
        assertThat(hotline.path("phone").asText()).isEqualTo("400-800-1688");
        assertThat(hotline.path("closes").asText()).isEqualTo("18:00");
        assertThat(hotline.path("open").isBoolean()).isTrue();
        assertThat(hotline.path("open").asBoolean()).isTrue();
    }

    @Test
    void withoutAMomentTheLinesAreShownAsOfNow() throws Exception {
        assertThat(json(JsonHttp.get(url("/api/v1/help")), 200).path("contacts")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2026-01-05T09:00", "2026-13-05T09:00%2B08:00"})
    void aMomentThatIsNotAnIsoDateTimeWithOffsetIsRefusedNamingFieldAndRule(String moment) throws Exception {
        JsonNode refusal = json(JsonHttp.get(url("/api/v1/help?at=" + moment)), 400);
        assertThat(refusal.path("field").asText()).isEqualTo("at");
        assertThat(refusal.path("rule").asText()).isEqualTo("iso-8601-date-time");
    }

    @Test
    void anOverlongMomentIsRefusedAsTooLong() throws Exception {
        assertThat(json(JsonHttp.get(url("/api/v1/help?at=" + "9".repeat(200))), 400).path("rule").asText()).isEqualTo("max-length");
    }

    @Test
    void thePageShowsTheLinesInTheBuyersLanguageWithTheirFacts() {
        HttpResponse<String> page = JsonHttp.get(url("/zh-CN/help?at=2026-01-10T10:00%2B08:00"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1688客服热线").contains("data-line=\"1688-hotline\"").contains("data-open=\"false\"")
                .contains("seaclients@service.worldfirst.com");
    }

    @Test
    void thePageShowsABadMomentBesideItsField() {
        HttpResponse<String> page = JsonHttp.get(url("/ru/help?at=tomorrow"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("data-field=\"at\"").contains("data-rule=\"iso-8601-date-time\"");
    }

    private static String url(String path) {
        return RUNNING.app().baseUrl() + path;
    }

    private static JsonNode json(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }
}
