package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to the reference REST API and pages, against a real simulator: always a 4xx naming field and rule. */
class ReferenceApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("reference-api-test");

    @ParameterizedTest(name = "[{index}] {1} breaks {2}")
    @CsvSource(delimiter = '|', value = {
        "''                                              | body        | json-object",
        "[]                                              | body        | json-object",
        "{\"countryCode\":60,\"mobile\":\"123456789\"}   | countryCode | string",
        "{\"mobile\":\"123456789\"}                      | countryCode | required",
        "{\"countryCode\":\"+60\",\"mobile\":\"2025550123\"} | mobile  | mobile-number-for-country"})
    void journeysWithBadInputAreRefusedNamingTheFieldAndTheRule(String body, String field, String rule) {
        String answer = post("/api/v1/journeys", body, 400);
        assertThat(answer).contains("\"field\":\"" + field + "\"").contains("\"rule\":\"" + rule + "\"");
    }

    @Test
    void anOverlongFieldIsRefusedBeforeAnyRuleIsTried() {
        String answer = post("/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + "9".repeat(300) + "\"}", 400);
        assertThat(answer).contains("\"field\":\"mobile\"").contains("\"rule\":\"max-length\"");
    }

    @Test
    void aCodeForAPhoneThatWasSentNothingIsANotFound() {
        String answer = post(journey("123457777") + "/alipay/verification-codes/checks", "{\"code\":\"123456\"}", 404);
        assertThat(answer).contains("\"error\":\"no-code-requested\"").contains("\"field\":\"mobile\"");
    }

    @Test
    void aCodeWithLettersIsRefusedBeforeAlipayIsAsked() {
        String answer = post(journey("123457778") + "/alipay/verification-codes/checks", "{\"code\":\"12a456\"}", 400);
        assertThat(answer).contains("\"rule\":\"six-digits\"");
    }

    @Test
    void theSameMobileNumberResumesItsJourney() {
        assertThat(journey("123457776")).isEqualTo(journey("123457776"));
        assertThat(post("/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"123457776\"}", 200))
                .contains("\"result\":\"journey-resumed\"").contains("\"next\":\"alipay-sms-code\"");
    }

    @Test
    void numbersInAnswersAreJsonNumbers() {
        String answer = post(journey("123457774") + "/alipay/verification-codes", "{}", 201);
        assertThat(answer).contains("\"resendInSeconds\":60").contains("\"validForSeconds\":300");
    }

    @Test
    void anUnknownJourneyIsANotFoundNamingTheField() {
        String answer = post("/api/v1/journeys/no-such-journey/alipay/verification-codes", "{}", 404);
        assertThat(answer).contains("\"field\":\"journeyId\"").contains("\"rule\":\"known-journey\"");
    }

    @Test
    void aNewJourneyHasTheAlipayAccountToDo() {
        assertThat(get("/api/v1/journeys/" + journeyId("123457775")).body()).contains("\"alipay-account\":\"todo\"");
    }

    @Test
    void anUnknownLanguageIsANotFoundNamingTheRule() {
        assertThat(get("/xx/").body()).contains("\"field\":\"lang\"");
        assertThat(get("/xx/").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAndTheirStyleSheetAreServed() {
        assertThat(get("/zh-CN/").body()).contains("注册支付宝个人账户");
        HttpResponse<String> css = get("/assets/journey.css");
        assertThat(css.statusCode()).as(css.body()).isEqualTo(200);
    }

    @Test
    void anUnreachableProviderIsAServiceUnavailableNotAHang() {
        try (ReferenceApp orphan = ReferenceApp.start(ReferenceAppSettings.forSimulator("http://localhost:9").withDatabase(RUNNING.jdbcUrl()))) {
            String journey = send(orphan.baseUrl() + "/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"123457779\"}")
                    .body().replaceAll(".*\"journeyId\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> answer = send(orphan.baseUrl() + "/api/v1/journeys/" + journey + "/alipay/verification-codes", "{}");
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("provider-unavailable");
        }
    }

    private static String journey(String mobile) {
        return "/api/v1/journeys/" + journeyId(mobile);
    }

    private static String journeyId(String mobile) {
        String answer = send(RUNNING.app().baseUrl() + "/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body();
        return answer.replaceAll(".*\"journeyId\":\"([^\"]+)\".*", "$1");
    }

    private static String post(String path, String body, int expectedStatus) {
        HttpResponse<String> response = send(RUNNING.app().baseUrl() + path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static HttpResponse<String> send(String url, String body) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> get(String path) {
        return call(HttpRequest.newBuilder(URI.create(RUNNING.app().baseUrl() + path)).GET().build());
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
