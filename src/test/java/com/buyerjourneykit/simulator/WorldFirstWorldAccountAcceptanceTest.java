package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.WorldFirstBuyer.contact;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.e164;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.newMobile;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.registration;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.wrong;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertFailed;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WFA-01/02: opening a World Account on a real simulator, the code by SMS or e-mail, and every rule of the form. */
class WorldFirstWorldAccountAcceptanceTest {
    private static final String SEND = "worldAccount/sendVerificationCode";
    private static final String REGISTER = "worldAccount/register";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WorldFirstBuyer buyer;
    private static WorldFirstClient client;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        client = new WorldFirstClient(SIMULATOR.baseUrl());
        buyer = new WorldFirstBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), client);
    }

    @Test
    void theCodeGoesByWorldFirstSmsAndOpensTheAccount() {
        String mobile = newMobile();
        WorldFirstClient.Answer sent = client.call(SEND, contact(mobile));
        assertThat(sent.body().path("maskedDestination").asText()).isEqualTo("+60 ••• ••• " + mobile.substring(mobile.length() - 3));
        assertThat(sent.body().path("resendInSeconds").asInt()).isEqualTo(60);
        assertThat(sent.body().path("validForSeconds").asInt()).isEqualTo(600);
        assertThat(buyer.lastCode(e164(mobile))).matches("\\d{6}");

        WorldFirstClient.Answer opened = client.call(REGISTER, with(registration(mobile, buyer.lastCode(e164(mobile))),
                "invitationCode", "FRIEND2026", "marketInsightsConsent", true));
        assertThat(opened.code()).isEqualTo("SUCCESS");
        JsonNode account = opened.body().path("worldAccount");
        assertThat(account.path("worldAccountId").asText()).matches("wfa-\\d{13}");
        assertThat(account.path("countryOfBusiness").asText()).isEqualTo("MY");
        assertThat(account.path("invitationCode").asText()).isEqualTo("FRIEND2026");
        assertThat(account.path("marketInsightsConsent").asBoolean()).isTrue();
        assertThat(opened.body().toString()).doesNotContain(WorldFirstBuyer.PASSWORD);
    }

    @Test
    void theCodeCanGoToTheEmailAddressInTheSameInbox() {
        String mobile = newMobile();
        String email = "buyer" + mobile + "@example.com";
        WorldFirstClient.Answer sent = client.call(SEND, with(contact(mobile), "email", "Buyer" + mobile + "@Example.com",
                "codeChannel", "EMAIL"));
        assertThat(sent.body().path("maskedDestination").asText()).isEqualTo("b•••@example.com");
        assertThat(buyer.messageCount(e164(mobile))).isZero();

        WorldFirstClient.Answer opened = client.call(REGISTER, with(registration(mobile, buyer.lastCode(email)),
                "email", email, "codeChannel", "EMAIL"));
        assertThat(opened.code()).isEqualTo("SUCCESS");
        assertThat(opened.body().path("worldAccount").path("email").asText()).isEqualTo(email);
    }

    @Test
    void aWrongCodeCountsDownAndLeavesNoAccountBehind() {
        String mobile = newMobile();
        client.call(SEND, contact(mobile));
        String code = buyer.lastCode(e164(mobile));
        WorldFirstClient.Answer refused = client.call(REGISTER, registration(mobile, wrong(code)));
        assertFailed(refused, "VERIFICATION_CODE_INVALID");
        assertThat(refused.body().path("result").path("remainingAttempts").asInt()).isEqualTo(4);
        assertThat(client.call(REGISTER, registration(mobile, code)).code()).isEqualTo("SUCCESS");
        assertFailed(client.call(REGISTER, registration(mobile, code)), "ACCOUNT_ALREADY_EXIST");
    }

    @Test
    void aCodeExpiresAfterTenMinutesOnTheBuyersClock() {
        String mobile = newMobile();
        client.call(SEND, contact(mobile));
        String code = buyer.lastCode(e164(mobile));
        new SimulatorHttp(SIMULATOR.baseUrl()).post("/__admin/sim/clock/advance",
                "{\"seconds\":600,\"phone\":\"" + e164(mobile) + "\"}", "application/json");
        assertFailed(client.call(REGISTER, registration(mobile, code)), "VERIFICATION_CODE_EXPIRED");
    }

    @Test
    void aSecondCodeWaitsForTheCountdown() {
        String mobile = newMobile();
        client.call(SEND, contact(mobile));
        WorldFirstClient.Answer early = client.call(SEND, contact(mobile));
        assertFailed(early, "CODE_SEND_TOO_FREQUENT");
        assertThat(early.body().path("result").path("resendInSeconds").asInt()).isEqualTo(60);
        assertThat(buyer.messageCount(e164(mobile))).isEqualTo(1);
    }

    @Test
    void registeringWithoutACodeSentIsRefused() {
        assertFailed(client.call(REGISTER, registration(newMobile(), "123456")), "VERIFICATION_CODE_NOT_SENT");
    }

    @ParameterizedTest(name = "{0}={1} → {2}/{3}")
    @CsvSource(delimiter = '|', value = {
        "countryOfBusiness    | XX            | countryOfBusiness    | iso-3166-alpha-2",
        "countryOfBusiness    |               | countryOfBusiness    | required",
        "firstName            |               | firstName            | required",
        "lastName             | 123456789012345678901234567890123456789012345678901 | lastName | max-length-50",
        "mobile               | 2025550123    | mobile               | mobile-number-for-country",
        "countryCode          | +999          | countryCode          | known-country-code",
        "email                | not-an-email  | email                | email-address",
        "password             | Short1        | password             | length-8-32",
        "password             | alllower2026  | password             | upper-lower-digit",
        "password             | Has Space2026 | password             | no-whitespace",
        "invitationCode       | no!           | invitationCode       | letters-digits-4-20",
        "codeChannel          | PIGEON        | codeChannel          | MOBILE-or-EMAIL",
        "codeChannel          | EMAIL         | email                | required-for-email-code",
        "verificationCode     |               | verificationCode     | required"})
    void eachBrokenRuleIsNamedAndNothingIsOpened(String field, String value, String namedField, String rule) {
        String mobile = newMobile();
        client.call(SEND, contact(mobile));
        String good = registration(mobile, buyer.lastCode(e164(mobile)));
        assertInvalid(client.call(REGISTER, with(good, field, value == null ? "" : value)), namedField, rule);
        assertThat(client.call(REGISTER, good).code()).as("the code is still unspent").isEqualTo("SUCCESS");
    }

    @Test
    void theTermsMustBeAcceptedAndConsentIsABoolean() {
        String mobile = newMobile();
        client.call(SEND, contact(mobile));
        String good = registration(mobile, buyer.lastCode(e164(mobile)));
        assertInvalid(client.call(REGISTER, with(good, "termsAccepted", false)), "termsAccepted", "must-be-true");
        assertInvalid(client.call(REGISTER, with(good, "termsAccepted", "yes")), "termsAccepted", "boolean");
        assertInvalid(client.call(REGISTER, with(good, "marketInsightsConsent", "yes")), "marketInsightsConsent", "boolean");
        assertInvalid(client.call(REGISTER, with(good, "firstName", 7)), "firstName", "string");
    }

    /** The JSON body with the given fields replaced (an empty string removes the field). */
    static String with(String json, Object... fieldsAndValues) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(json);
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                String field = (String) fieldsAndValues[i];
                Object value = fieldsAndValues[i + 1];
                if ("".equals(value)) {
                    body.remove(field);
                } else {
                    body.set(field, JSON.valueToTree(value));
                }
            }
            return body.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
