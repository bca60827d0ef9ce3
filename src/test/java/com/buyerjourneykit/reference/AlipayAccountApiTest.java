package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REST steps "Verify Identity", "Register location and address" and "Complete Personal Details"
 * against a real simulator: bad input is a 400 naming field and rule, a step asked too early a 409
 * naming the missing step, and a refused step records nothing.
 */
class AlipayAccountApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("alipay-account-api-test");
    private static final Map<String, String> VALID = Map.of(
            "identity", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"A12345678\",\"fullName\":\"Nur Aisyah\","
                    + "\"nationality\":\"MY\",\"dateOfBirth\":\"1990-04-12\"}",
            "address", "{\"country\":\"MY\",\"region\":\"Selangor\",\"city\":\"Petaling Jaya\","
                    + "\"addressLine\":\"12 Jalan SS 2/24\",\"postalCode\":\"47300\"}",
            "personal-details", "{\"occupation\":\"Online retailer\",\"email\":\"buyer@example.com\"}");
    private static ReferenceJourneys journeys;

    @BeforeAll
    static void start() {
        journeys = new ReferenceJourneys(RUNNING.app(), RUNNING.simulator(), RUNNING.jdbcUrl(), 123458800);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} = {2} breaks {3}")
    @CsvSource(delimiter = '|', textBlock = """
        identity         | documentType   | absent                         | required
        identity         | documentType   | 1                              | string
        identity         | documentType   | "DRIVING_LICENCE"              | one-of
        identity         | documentNumber | absent                         | required
        identity         | documentNumber | "ABCD"                         | document-number
        identity         | documentNumber | "ABCDEFGHIJ0123456789K"        | document-number
        identity         | documentNumber | 12345678                       | string
        identity         | fullName       | absent                         | required
        identity         | fullName       | "   "                          | required
        identity         | fullName       | {"first":"Nur"}                | string
        identity         | nationality    | absent                         | required
        identity         | nationality    | "XX"                           | iso-country
        identity         | nationality    | "Malaysia"                     | iso-country
        identity         | dateOfBirth    | absent                         | required
        identity         | dateOfBirth    | "12/04/1990"                   | iso-date
        identity         | dateOfBirth    | "1990-13-45"                   | iso-date
        identity         | dateOfBirth    | 19900412                       | string
        identity         | dateOfBirth    | "2020-01-01"                   | adult
        address          | country        | absent                         | required
        address          | country        | "my"                           | iso-country
        address          | region         | absent                         | required
        address          | city           | absent                         | required
        address          | city           | true                           | string
        address          | addressLine    | absent                         | required
        address          | postalCode     | "1234567890123"                | postal-code
        address          | postalCode     | "47300#"                       | postal-code
        personal-details | occupation     | absent                         | required
        personal-details | occupation     | ["trader"]                     | string
        personal-details | email          | "buyer-at-example.com"         | email
        personal-details | email          | "buyer@"                       | email
        """)
    void badInputIsRefusedNamingTheFieldAndTheRuleAndRecordsNothing(String step, String field, String value, String rule) {
        String journeyId = journeys.newJourney();
        String before = journeys.progress(journeyId);
        assertRefusedAsBadInput(journeys.post(journeyId, step, with(step, field, value)), field, rule);
        assertThat(journeys.progress(journeyId)).isEqualTo(before);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} of {2} characters breaks {3}")
    @CsvSource(delimiter = '|', textBlock = """
        identity         | fullName    | 101 | length-1-100
        identity         | fullName    | 201 | max-length
        address          | region      | 61  | length-1-60
        address          | city        | 61  | length-1-60
        address          | addressLine | 201 | max-length
        personal-details | occupation  | 61  | length-1-60
        """)
    void overlongTextIsRefusedNamingTheFieldAndTheRule(String step, String field, int length, String rule) {
        String overlong = "\"" + "x".repeat(length) + "\"";
        assertRefusedAsBadInput(journeys.post(journeys.newJourney(), step, with(step, field, overlong)), field, rule);
    }

    @ParameterizedTest(name = "[{index}] {0} with body {1}")
    @CsvSource(delimiter = '|', textBlock = """
        identity         | ''
        address          | []
        personal-details | not json
        """)
    void aBodyThatIsNotAJsonObjectIsRefused(String step, String body) {
        assertRefusedAsBadInput(journeys.post(journeys.newJourney(), step, body), "body", "json-object");
    }

    @ParameterizedTest(name = "{0} of an unknown journey")
    @CsvSource({"identity", "address", "personal-details"})
    void anUnknownJourneyIsANotFoundNamingTheField(String step) {
        HttpResponse<String> answer = journeys.post("no-such-journey", step, VALID.get(step));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).contains("\"field\":\"journeyId\"").contains("\"rule\":\"known-journey\"");
    }

    @ParameterizedTest(name = "[{index}] {0} before {1}")
    @CsvSource(delimiter = '|', textBlock = """
        identity         | alipay-sms-code | alipay-sms-code
        address          | alipay-sms-code | alipay-sms-code
        address          | alipay-identity | alipay-identity
        personal-details | alipay-sms-code | alipay-sms-code
        personal-details | alipay-address  | alipay-address
        """)
    void aStepAskedTooEarlyIsRefusedNamingTheMissingStepAndRecordsNothing(String step, String missing, String named) {
        String journeyId = journeyMissing(missing);
        String before = journeys.progress(journeyId);
        HttpResponse<String> answer = journeys.post(journeyId, step, VALID.get(step));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("\"error\":\"step-not-ready\"").contains("\"missingStep\":\"" + named + "\"");
        assertThat(journeys.progress(journeyId)).isEqualTo(before);
    }

    @Test
    void theThreeStepsCompleteTheAlipayAccountWithTheAlipayUserId() {
        String journeyId = journeys.journeyWithCode();
        HttpResponse<String> identity = journeys.post(journeyId, "identity", VALID.get("identity"));
        assertThat(identity.body()).as("identity").contains("\"result\":\"identity-verified\"");
        assertThat(JsonHttp.textField(identity.body(), "alipayUserId")).matches("2088\\d{12}");
        assertThat(journeys.post(journeyId, "address", VALID.get("address")).body()).contains("\"result\":\"address-registered\"");
        HttpResponse<String> details = journeys.post(journeyId, "personal-details", "{\"occupation\":\"Online retailer\"}");
        assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
        assertThat(details.body()).contains("\"result\":\"alipay-account-complete\"");
        assertThat(journeys.progress(journeyId)).contains("\"alipay-account\":\"done\"").contains("\"next\":\"1688-registration\"");
        String alipayUserId = JsonHttp.textField(details.body(), "alipayUserId");
        assertThat(journeys.stepReferences(journeyId)).as("references kept with the journey's steps")
                .containsEntry("alipay-identity", alipayUserId).containsEntry("alipay-address", alipayUserId)
                .containsEntry("alipay-personal-details", alipayUserId);
        assertThat(journeys.alipayAccount(journeys.mobileOf(journeyId))).as("the account in Alipay's own registry")
                .contains("\"account_status\":\"COMPLETED\"").contains("\"alipay_user_id\":\"" + alipayUserId + "\"");
    }

    @Test
    void anIdentityTheVerificationCenterRefusesIsAnUnprocessableEntityAndRecordsNothing() {
        String journeyId = journeys.journeyWithCode();
        HttpResponse<String> answer = journeys.post(journeyId, "identity", with("identity", "documentNumber", "\"FAIL12345\""));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("\"error\":\"identity-verification-failed\"");
        assertThat(journeys.progress(journeyId)).contains("\"next\":\"alipay-identity\"");
    }

    @Test
    void aBuyerAlipayFindsUnder18IsRefusedAsBadInputNamingTheAppsField() {
        String journeyId = journeys.journeyWithCode();
        HttpResponse<String> answer = journeys.post(journeyId, "identity", with("identity", "dateOfBirth", "\"2008-01-06\""));
        assertRefusedAsBadInput(answer, "dateOfBirth", "adult");
        assertThat(journeys.progress(journeyId)).contains("\"next\":\"alipay-identity\"");
    }

    @Test
    void pagesShowEveryStepsFormInTheBuyersLanguage() {
        String journeyId = journeys.newJourney();
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/zh-CN/journeys/" + journeyId + "/alipay/identity").body())
                .contains("证件类型").contains("data-form=\"alipay/identity\"");
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/ru/journeys/" + journeyId + "/alipay/address").body())
                .contains("Местонахождение и адрес регистрации").contains("data-testid=\"postalCode\"");
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/tr/journeys/" + journeyId + "/alipay/personal-details").body())
                .contains("Kişisel bilgilerinizi tamamlayın").contains("data-testid=\"occupation\"");
    }

    @Test
    void aPageWithBadInputNamesTheFieldAndTheRule() {
        HttpResponse<String> page = JsonHttp.postPageForm(RUNNING.app().baseUrl() + "/en/journeys/" + journeys.newJourney() + "/alipay/identity",
                "documentType=PASSPORT&documentNumber=ABCD&fullName=Nur&nationality=MY&dateOfBirth=1990-04-12");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("data-field=\"documentNumber\"").contains("data-rule=\"document-number\"")
                .contains("value=\"ABCD\"");
    }

    @Test
    void aPageAskedTooEarlyNamesTheMissingStep() {
        HttpResponse<String> page = JsonHttp.postPageForm(RUNNING.app().baseUrl() + "/en/journeys/" + journeys.newJourney() + "/alipay/personal-details",
                "occupation=Trader");
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("data-missing-step=\"alipay-sms-code\"");
    }

    @Test
    void thePageOfAnUnknownJourneyIsANotFound() {
        assertThat(JsonHttp.get(RUNNING.app().baseUrl() + "/en/journeys/no-such-journey/alipay/identity").statusCode()).isEqualTo(404);
    }

    private static String journeyMissing(String missing) {
        switch (missing) {
            case "alipay-sms-code":
                return journeys.newJourney();
            case "alipay-identity":
                return journeys.journeyWithCode();
            default:
                String journeyId = journeys.journeyWithCode();
                assertThat(journeys.post(journeyId, "identity", VALID.get("identity")).statusCode()).isEqualTo(200);
                return journeyId;
        }
    }

    private static void assertRefusedAsBadInput(HttpResponse<String> answer, String field, String rule) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\":\"invalid-field\"")
                .contains("\"field\":\"" + field + "\"").contains("\"rule\":\"" + rule + "\"");
    }

    /** The step's valid body with {@code field} set to a JSON literal, or left out when {@code absent}. */
    private static String with(String step, String field, String jsonValue) {
        ObjectNode body = (ObjectNode) parse(VALID.get(step));
        if ("absent".equals(jsonValue)) {
            body.remove(field);
        } else {
            body.set(field, parse(jsonValue));
        }
        return body.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
