package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to the reference REST API and pages, against a real simulator: always a 4xx naming field and rule. */
class ReferenceApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Simulator simulator;
    private static ReferenceApp app;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(0, Path.of("stubs"));
        app = ReferenceApp.start(ReferenceAppSettings.forSimulator(simulator.baseUrl()));
    }

    @AfterAll
    static void stop() {
        app.close();
        simulator.close();
    }

    @ParameterizedTest(name = "[{index}] {1} breaks {2}")
    @CsvSource(delimiter = '|', value = {
        "''                                              | body        | json-object",
        "[]                                              | body        | json-object",
        "{\"countryCode\":60,\"mobile\":\"123456789\"}   | countryCode | string",
        "{\"mobile\":\"123456789\"}                      | countryCode | required",
        "{\"countryCode\":\"+60\",\"mobile\":\"2025550123\"} | mobile  | mobile-number-for-country"})
    void codeRequestsWithBadInputAreRefusedNamingTheFieldAndTheRule(String body, String field, String rule) {
        String answer = post("/api/v1/alipay/verification-codes", body, 400);
        assertThat(answer).contains("\"field\":\"" + field + "\"").contains("\"rule\":\"" + rule + "\"");
    }

    @Test
    void anOverlongFieldIsRefusedBeforeAnyRuleIsTried() {
        String answer = post("/api/v1/alipay/verification-codes",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + "9".repeat(300) + "\"}", 400);
        assertThat(answer).contains("\"field\":\"mobile\"").contains("\"rule\":\"max-length\"");
    }

    @Test
    void aCodeForAPhoneThatWasSentNothingIsANotFound() {
        String answer = post("/api/v1/alipay/verification-codes/checks",
                "{\"countryCode\":\"+60\",\"mobile\":\"123457777\",\"code\":\"123456\"}", 404);
        assertThat(answer).contains("\"error\":\"no-code-requested\"").contains("\"field\":\"mobile\"");
    }

    @Test
    void aCodeWithLettersIsRefusedBeforeAlipayIsAsked() {
        String answer = post("/api/v1/alipay/verification-codes/checks",
                "{\"countryCode\":\"+60\",\"mobile\":\"123457778\",\"code\":\"12a456\"}", 400);
        assertThat(answer).contains("\"rule\":\"six-digits\"");
    }

    @Test
    void anUnknownLanguageIsANotFoundNamingTheRule() {
        assertThat(get("/xx/alipay/register").body()).contains("\"field\":\"lang\"");
        assertThat(get("/xx/alipay/register").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAndTheirStyleSheetAreServed() {
        assertThat(get("/zh-CN/alipay/register").body()).contains("注册支付宝个人账户");
        HttpResponse<String> css = get("/assets/journey.css");
        assertThat(css.statusCode()).as(css.body()).isEqualTo(200);
    }

    @Test
    void anUnreachableProviderIsAServiceUnavailableNotAHang() {
        try (ReferenceApp orphan = ReferenceApp.start(ReferenceAppSettings.forSimulator("http://localhost:9"))) {
            HttpResponse<String> answer = send(orphan.baseUrl() + "/api/v1/alipay/verification-codes",
                    "{\"countryCode\":\"+60\",\"mobile\":\"123457779\"}");
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("provider-unavailable");
        }
    }

    private static String post(String path, String body, int expectedStatus) {
        HttpResponse<String> response = send(app.baseUrl() + path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static HttpResponse<String> send(String url, String body) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> get(String path) {
        return call(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).GET().build());
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
