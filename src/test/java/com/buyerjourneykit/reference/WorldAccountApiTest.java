package com.buyerjourneykit.reference;

import static com.buyerjourneykit.reference.WorldFirstJourneys.read;
import static com.buyerjourneykit.reference.WorldFirstJourneys.registration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guide section 3 over the reference REST API and pages, against a real simulated WorldFirst:
 * "Send code", the registration with its rules, the World Account kept with the journey (WFA-01…03).
 */
class WorldAccountApiTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("world-account-api-test");
    private static final WorldFirstJourneys BUYERS = new WorldFirstJourneys(RUNNING, 123_470_000);

    @Test
    void theCodeGoesToTheJourneysMobileAndOpensTheWorldAccountOnce() {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        JsonNode sent = read(buyer.post("worldfirst/world-account/verification-codes", "{\"codeChannel\":\"MOBILE\"}"));
        assertThat(sent.path("result").asText()).isEqualTo("code-sent");
        assertThat(sent.path("maskedDestination").asText()).startsWith("+60");
        assertThat(sent.path("resendInSeconds").asLong()).isEqualTo(60);
        assertThat(sent.path("validForSeconds").asLong()).isEqualTo(600);
        HttpResponse<String> tooEarly = buyer.post("worldfirst/world-account/verification-codes", "{}");
        assertThat(tooEarly.statusCode()).isEqualTo(429);
        assertThat(read(tooEarly).path("retryAfterSeconds").asLong()).isPositive();
        String code = buyer.lastCode();
        HttpResponse<String> wrong = buyer.post("worldfirst/world-account", registration(wrong(code)).toString());
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(read(wrong).path("error").asText()).isEqualTo("wrong-code");
        assertThat(read(wrong).path("remainingAttempts").asLong()).isEqualTo(4);
        HttpResponse<String> opened = buyer.post("worldfirst/world-account", registration(code).toString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(read(opened).path("result").asText()).isEqualTo("world-account-opened");
        assertThat(read(opened).path("worldAccountId").asText()).startsWith("wfa-");
        assertThat(read(opened).path("marketInsightsConsent").asBoolean()).isTrue();
        assertThat(buyer.progress().path("steps").path("world-account").asText()).isEqualTo("done");
        HttpResponse<String> again = buyer.post("worldfirst/world-account", registration(code).toString());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(read(again).path("doneStep").asText()).isEqualTo("world-account");
    }

    @Test
    void anEmailCodeNeedsTheAddressAndGoesToItsInbox() {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        HttpResponse<String> noAddress = buyer.post("worldfirst/world-account/verification-codes", "{\"codeChannel\":\"EMAIL\"}");
        assertThat(read(noAddress).path("field").asText() + "/" + read(noAddress).path("rule").asText()).isEqualTo("email/required");
        String email = "buyer" + buyer.journeyId().substring(0, 8) + "@example.com";
        JsonNode sent = read(buyer.post("worldfirst/world-account/verification-codes",
                "{\"codeChannel\":\"EMAIL\",\"email\":\"" + email + "\"}"));
        assertThat(sent.path("maskedDestination").asText()).contains("@example.com");
        HttpResponse<String> notSentToTheMobile = buyer.post("worldfirst/world-account", registration("123456").toString());
        assertThat(read(notSentToTheMobile).path("error").asText()).isEqualTo("code-not-sent");
    }

    @ParameterizedTest(name = "[{index}] {0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "countryOfBusiness     | REMOVE        | required",
        "countryOfBusiness     | Malaysia      | iso-3166-alpha-2",
        "firstName             | REMOVE        | required",
        "lastName              | LONG          | max-length-50",
        "verificationCode      | 12345         | six-digits",
        "password              | Short1A       | 8-to-32-characters",
        "password              | alllowercase1 | upper-lower-and-digit",
        "password              | With Space1   | no-spaces",
        "invitationCode        | no!           | letters-digits-4-20",
        "codeChannel           | FAX           | one-of",
        "email                 | not-an-email  | email",
        "marketInsightsConsent | yes           | boolean",
        "termsAccepted         | false         | accepted",
        "termsAccepted         | REMOVE        | accepted"})
    void aRegistrationBreakingARuleIsRefusedNamingTheFieldAndTheRule(String field, String value, String rule) {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        ObjectNode body = registration("123456");
        switch (value) {
            case "REMOVE" -> body.remove(field);
            case "LONG" -> body.put(field, "x".repeat(51));
            default -> body.put(field, value);
        }
        HttpResponse<String> refused = buyer.post("worldfirst/world-account", body.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(read(refused).path("field").asText() + "/" + read(refused).path("rule").asText()).isEqualTo(field + "/" + rule);
        assertThat(buyer.progress().path("steps").path("world-account").asText()).isEqualTo("todo");
    }

    @Test
    void thePageExplainsWhyAndShowsTheOutcomesFactsAndTheNextStep() {
        WorldFirstJourneys.Buyer buyer = BUYERS.newBuyer();
        String page = RUNNING.app().baseUrl() + "/en/journeys/" + buyer.journeyId() + "/worldfirst/world-account";
        HttpResponse<String> sent = JsonHttp.postPageForm(page, page + "/verification-codes", "codeChannel=MOBILE&email=");
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(sent.body()).contains("data-outcome=\"code-sent\"", "data-testid=\"fact\"", "data-name=\"maskedDestination\"",
                "data-testid=\"why\"", "To receive funds");
        HttpResponse<String> opened = JsonHttp.postPageForm(page, "countryOfBusiness=MY&firstName=Nur&lastName=Aisyah&codeChannel=MOBILE"
                + "&verificationCode=" + buyer.lastCode() + "&password=" + WorldFirstJourneys.PASSWORD
                + "&marketInsightsConsent=true&termsAccepted=true");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.body()).contains("data-outcome=\"world-account-opened\"", "data-name=\"worldAccountId\"",
                "data-testid=\"next-step\"", "worldfirst/authorisations");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"en", "ru", "tr", "zh-CN"})
    void theFormsAreServedInEveryLanguage(String language) {
        String url = RUNNING.app().baseUrl() + "/" + language + "/journeys/" + BUYERS.newBuyer().journeyId() + "/worldfirst/world-account";
        HttpResponse<String> page = JsonHttp.get(url + "/verification-codes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-form=\"worldfirst/world-account/verification-codes\"",
                "data-form=\"worldfirst/world-account\"", "data-testid=\"termsAccepted\"", "data-testid=\"why\"").doesNotContain("??");
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
