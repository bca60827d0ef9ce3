package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7, defects 3, 6 and 7: a REST body is exactly one JSON object with each key once, sent as
 * {@code application/json}; one that is too large is refused in the documented JSON shape; a step
 * that needs no body takes none.
 */
class StrictInputTest {
    private static final String START = "/api/v1/journeys";
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("strict-input-test");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "{\"countryCode\":\"+60\",\"mobile\":\"123458001\"} trailing | body | single-json-object",
        "{\"countryCode\":\"+60\",\"mobile\":\"123458002\"}{}        | body | single-json-object",
        "{\"countryCode\":\"+60\",\"mobile\":\"1\",\"mobile\":\"123458003\"} | mobile | unique-keys"})
    void aBodyThatIsNotExactlyOneObjectWithUniqueKeysIsRefused(String body, String field, String rule) {
        HttpResponse<String> answer = JsonHttp.postJson(url(START), body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"", "\"rule\":\"" + rule + "\"");
    }

    @Test
    void aWrongCodeFollowedByTheRightOneDoesNotPass() {
        String journey = url(START + "/" + journeyId("123458010") + "/alipay/verification-codes");
        JsonHttp.postJson(journey, "{}");
        HttpResponse<String> answer = JsonHttp.postJson(journey + "/checks", "{\"code\":\"000000\",\"code\":\"" + code("123458010") + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"code\"", "\"rule\":\"unique-keys\"");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void aJsonBodyDeclaredAsAnotherTypeIsAnUnsupportedMediaType(String contentType) {
        HttpResponse<String> answer = JsonHttp.call(HttpRequest.newBuilder(URI.create(url(START)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"countryCode\":\"+60\",\"mobile\":\"123458020\"}")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"status\":415", "\"error\":\"unsupported-media-type\"",
                "\"field\":\"Content-Type\"", "\"rule\":\"application/json\"", "\"message\":");
    }

    @Test
    void aBodylessTextPlainPostCannotSendACode() {
        String journey = url(START + "/" + journeyId("123458021") + "/alipay/verification-codes");
        HttpResponse<String> answer = JsonHttp.call(HttpRequest.newBuilder(URI.create(journey))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
    }

    @Test
    void jsonWithACharsetIsJson() {
        HttpResponse<String> answer = JsonHttp.call(HttpRequest.newBuilder(URI.create(url(START)))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"countryCode\":\"+60\",\"mobile\":\"123458022\"}")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIsAJsonRefusalNamingTheRule() {
        HttpResponse<String> answer = JsonHttp.postJson(url(START), "{\"mobile\":\"" + "9".repeat(100_000) + "\"}");
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"status\":413", "\"error\":\"body-too-large\"", "\"field\":\"body\"",
                "\"rule\":\"max-body-size\"");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1688/registration/resend", "1688/alipay-verification"})
    void aStepThatNeedsNoBodyTakesNone(String step) {
        HttpResponse<String> answer = JsonHttp.call(HttpRequest.newBuilder(URI.create(url(START + "/" + journeyId("123458030")
                + "/" + step))).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("\"error\":\"step-not-ready\"");
    }

    private static String code(String mobile) {
        return JsonHttp.textField(JsonHttp.get(RUNNING.simulator().baseUrl() + "/__admin/sim/sms-inbox/+60" + mobile).body(), "code");
    }

    private static String journeyId(String mobile) {
        return JsonHttp.textField(JsonHttp.postJson(url(START), "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body(), "journeyId");
    }

    private static String url(String path) {
        return RUNNING.app().baseUrl() + path;
    }
}
