package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input to the 1688 steps of the reference REST API and pages, against a real simulator:
 * always a 4xx naming what is wrong, never a 500, and a refused step records nothing.
 */
class MemberAccountApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("member-account-api-test");
    private static final AtomicInteger NEXT_MOBILE = new AtomicInteger(30_000);
    private static final String PASSWORD = "Secret-2026";
    private static final Map<String, String> MOBILES = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "[{index}] {0} = {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "accountType     | REMOVE               | accountType     | required",
        "accountType     | 1                    | accountType     | string",
        "accountType     | \"business\"         | accountType     | one-of",
        "memberName      | REMOVE               | memberName      | required",
        "memberName      | \"abcd\"             | memberName      | length-5-25",
        "memberName      | \"my shop\"          | memberName      | no-whitespace",
        "memberName      | []                   | memberName      | string",
        "memberName      | OVERLONG             | memberName      | max-length",
        "password        | REMOVE               | password        | required",
        "password        | \"abc12\"            | password        | length-6-20",
        "password        | \"abcdefgh\"         | password        | two-character-classes",
        "password        | true                 | password        | string",
        "confirmPassword | REMOVE               | confirmPassword | required",
        "confirmPassword | \"Secret-2027\"      | confirmPassword | equals-password",
        "countryCode     | REMOVE               | countryCode     | required",
        "countryCode     | \"+999\"             | countryCode     | known-country-code",
        "mobile          | \"2025550123\"       | mobile          | mobile-number-for-country",
        "mobile          | 123456789            | mobile          | string",
        "sliderOffset    | REMOVE               | sliderOffset    | required",
        "sliderOffset    | \"300\"              | sliderOffset    | integer",
        "sliderOffset    | 299.5                | sliderOffset    | integer",
        "sliderOffset    | 30000000000          | sliderOffset    | integer",
        "sliderOffset    | -1                   | sliderOffset    | range-0-300",
        "sliderOffset    | 301                  | sliderOffset    | range-0-300",
        "agreeTerms      | REMOVE               | agreeTerms      | must-be-true",
        "agreeTerms      | false                | agreeTerms      | must-be-true",
        "agreePrivacy    | \"true\"             | agreePrivacy    | boolean",
        "agreeAlipay     | 1                    | agreeAlipay     | boolean",
        "businessLicence | 42                   | businessLicence | string",
        "businessLicence | OVERLONG_LICENCE     | businessLicence | max-length"})
    void registrationsBreakingAFieldRuleAreRefusedNamingTheFieldAndTheRule(String field, String value,
                                                                        String expectedField, String rule) {
        String journey = journeyId();
        ObjectNode body = validRegistration(journey);
        change(body, field, value);
        JsonNode answer = post(journey, "1688/registration", body.toString(), 400);
        assertThat(answer.path("field").asText() + " / " + answer.path("rule").asText()).isEqualTo(expectedField + " / " + rule);
        assertNothingRecorded(journey);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1688/registration", "1688/registration/resend", "1688/registration/code-checks",
        "1688/alipay-verification", "1688/existing-account"})
    void aBodyThatIsNotAJsonObjectIsRefused(String step) {
        String journey = journeyId();
        assertThat(post(journey, step, "[1, 2]", 400).path("rule").asText()).isEqualTo("json-object");
        assertThat(post(journey, step, "{not json", 400).path("field").asText()).isEqualTo("body");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1688/registration", "1688/registration/resend", "1688/registration/code-checks",
        "1688/alipay-verification", "1688/existing-account"})
    void anUnknownJourneyIsANotFoundNamingTheField(String step) {
        String body = step.equals("1688/registration") ? validRegistration("unknown-journey").toString()
                : step.endsWith("code-checks") ? "{\"code\":\"123456\"}"
                : step.endsWith("existing-account") ? "{\"memberName\":\"shopper\",\"password\":\"Secret-2026\"}" : "{}";
        JsonNode answer = post("no-such-journey", step, body, 404);
        assertThat(answer.path("field").asText() + " / " + answer.path("rule").asText()).isEqualTo("journeyId / known-journey");
    }

    @ParameterizedTest(name = "[{index}] {0} before registering")
    @CsvSource(delimiter = '|', value = {
        "1688/registration/resend      | {}",
        "1688/registration/code-checks | {\"code\":\"123456\"}",
        "1688/alipay-verification      | {}"})
    void stepsOutOfOrderNameTheStepToFinishFirst(String step, String body) {
        String journey = journeyId();
        JsonNode answer = post(journey, step, body, 409);
        assertThat(answer.path("error").asText() + " / " + answer.path("missingStep").asText())
                .isEqualTo("step-not-ready / 1688-registration");
        assertNothingRecorded(journey);
    }

    @ParameterizedTest(name = "[{index}] code {0} → {1}")
    @CsvSource(delimiter = '|', value = {"{\"code\":\"12a456\"} | six-digits", "{\"code\":123456} | string",
        "{} | required", "{\"code\":\"1234567\"} | six-digits"})
    void malformedCodesAreRefusedBeforeAnyStepIsChecked(String body, String rule) {
        assertThat(post(journeyId(), "1688/registration/code-checks", body, 400).path("rule").asText()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"password\":\"Secret-2026\"}                     | memberName | required",
        "{\"memberName\":\"shopper\"}                       | password   | required",
        "{\"memberName\":\"shop\",\"password\":\"Secret-2026\"} | memberName | length-5-25",
        "{\"memberName\":\"shopper\",\"password\":\"abc12\"}  | password   | length-6-20",
        "{\"memberName\":7,\"password\":\"Secret-2026\"}      | memberName | string"})
    void signInsBreakingAFieldRuleAreRefused(String body, String field, String rule) {
        JsonNode answer = post(journeyId(), "1688/existing-account", body, 400);
        assertThat(answer.path("field").asText() + " / " + answer.path("rule").asText()).isEqualTo(field + " / " + rule);
    }

    @Test
    void aSignInWithAnUnknownMemberIsRefusedAndLinksNothing() {
        String journey = journeyId();
        JsonNode answer = post(journey, "1688/existing-account", "{\"memberName\":\"nobody_here\",\"password\":\"Secret-2026\"}", 422);
        assertThat(answer.path("error").asText()).isEqualTo("login-failed");
        assertNothingRecorded(journey);
    }

    @Test
    void aSliderNotDraggedToTheEndIsRefusedAndRecordsNothing() {
        String journey = journeyId();
        ObjectNode body = validRegistration(journey).put("sliderOffset", 299);
        assertThat(post(journey, "1688/registration", body.toString(), 422).path("error").asText()).isEqualTo("slider-not-complete");
        assertNothingRecorded(journey);
    }

    @Test
    void onceTheMemberExistsTheFormAndResendAreClosedAndTheCodeIsUsed() {
        String journey = journeyId();
        String code = registerAndReadCode(journey);
        assertThat(post(journey, "1688/registration/code-checks", "{\"code\":\"" + code + "\"}", 200).path("memberId").asText())
                .matches("b2b-\\d{10}");
        assertThat(post(journey, "1688/registration", validRegistration(journey).toString(), 409).path("doneStep").asText())
                .isEqualTo("1688-sms-code");
        assertThat(post(journey, "1688/registration/resend", "{}", 409).path("error").asText()).isEqualTo("step-already-done");
        assertThat(post(journey, "1688/registration/code-checks", "{\"code\":\"" + code + "\"}", 422).path("error").asText())
                .isEqualTo("code-used");
    }

    @Test
    void verificationWithoutAnAlipayAccountNamesTheFirstAlipayStepAndRecordsNothing() {
        String journey = journeyId();
        String code = registerAndReadCode(journey);
        post(journey, "1688/registration/code-checks", "{\"code\":\"" + code + "\"}", 200);
        JsonNode answer = post(journey, "1688/alipay-verification", "{}", 409);
        assertThat(answer.path("missingStep").asText()).isEqualTo("alipay-sms-code");
        assertThat(progress(journey).path("steps").path("1688-account").asText()).isEqualTo("todo");
        assertThat(progress(journey).path("next").asText()).isEqualTo("alipay-sms-code");
    }

    @Test
    void thePasswordIsNeverStored() throws SQLException {
        String journey = journeyId();
        post(journey, "1688/registration/code-checks", "{\"code\":\"" + registerAndReadCode(journey) + "\"}", 200);
        try (Connection connection = DriverManager.getConnection(RUNNING.jdbcUrl(), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM journey_step")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    assertThat(String.valueOf(rows.getObject(column))).doesNotContain(PASSWORD);
                }
            }
        }
    }

    @Test
    void aPageShowsTheBrokenRuleNextToItsFieldWithA400() {
        String journey = journeyId();
        HttpResponse<String> page = JsonHttp.postPageForm(RUNNING.app().baseUrl() + "/en/journeys/" + journey
                + "/1688/registration", "accountType=personal&memberName=shopper1&password=Secret-2026"
                + "&confirmPassword=Secret-2026&countryCode=%2B60&mobile=123456789&sliderOffset=far");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("data-field=\"sliderOffset\"").contains("data-rule=\"integer\"");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1688/registration", "1688/registration/code-checks", "1688/registration/resend",
        "1688/alipay-verification", "1688/existing-account"})
    void everyPageIsServedInChineseWithTheLabelsOf1688(String step) {
        HttpResponse<String> page = call(HttpRequest.newBuilder(URI.create(RUNNING.app().baseUrl() + "/zh-CN/journeys/" + journeyId()
                + "/" + step)).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-form=\"" + (step.endsWith("resend") ? "1688/registration/resend" : step) + "\"")
                .doesNotContain("??");
    }

    private static String registerAndReadCode(String journey) {
        ObjectNode body = validRegistration(journey);
        post(journey, "1688/registration", body.toString(), 201);
        JsonNode inbox = read(call(HttpRequest.newBuilder(URI.create(RUNNING.simulator().baseUrl() + "/__admin/sim/sms-inbox/+60"
                + body.path("mobile").asText())).GET().build()).body());
        JsonNode messages = inbox.path("messages");
        return messages.get(messages.size() - 1).path("code").asText();
    }

    /** A valid registration whose member name and mobile belong to this journey alone. */
    private static ObjectNode validRegistration(String journey) {
        return JSON.createObjectNode().put("accountType", "personal").put("memberName", "m" + journey.replace("-", "").substring(0, Math.min(12, journey.length())))
                .put("password", PASSWORD).put("confirmPassword", PASSWORD).put("countryCode", "+60")
                .put("mobile", MOBILES.getOrDefault(journey, "123456789")).put("sliderOffset", 300)
                .put("agreeTerms", true).put("agreePrivacy", true).put("agreeAlipay", true);
    }

    private static void change(ObjectNode body, String field, String value) {
        switch (value) {
            case "REMOVE":
                body.remove(field);
                break;
            case "OVERLONG":
                body.put(field, "m".repeat(201));
                break;
            case "OVERLONG_LICENCE":
                body.put(field, "9".repeat(65));
                break;
            default:
                body.set(field, read(value));
        }
    }

    private static void assertNothingRecorded(String journey) {
        JsonNode steps = progress(journey).path("steps");
        assertThat(steps.path("alipay-account").asText() + " / " + steps.path("1688-account").asText()).isEqualTo("todo / todo");
        assertThat(progress(journey).path("next").asText()).isEqualTo("alipay-sms-code");
    }

    private static String journeyId() {
        String mobile = "125" + NEXT_MOBILE.getAndIncrement() + "1";
        String journey = read(send(RUNNING.app().baseUrl() + "/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}")
                .body()).path("journeyId").asText();
        MOBILES.put(journey, mobile);
        return journey;
    }

    private static JsonNode progress(String journey) {
        return read(call(HttpRequest.newBuilder(URI.create(RUNNING.app().baseUrl() + "/api/v1/journeys/" + journey)).GET().build()).body());
    }

    private static JsonNode post(String journey, String step, String body, int expectedStatus) {
        HttpResponse<String> response = send(RUNNING.app().baseUrl() + "/api/v1/journeys/" + journey + "/" + step, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return read(response.body());
    }

    private static HttpResponse<String> send(String url, String body) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
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

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
