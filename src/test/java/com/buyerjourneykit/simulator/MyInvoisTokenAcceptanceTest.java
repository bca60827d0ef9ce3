package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MyInvois's Login as Taxpayer System on a real simulator: client credentials, OAuth errors, expiry on the virtual clock. */
class MyInvoisTokenAcceptanceTest {
    private static final String SUBMISSIONS = "/myinvois/api/v1.0/documentsubmissions/UNKNOWN";

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();
    private MyInvoisHttp myInvois;

    @BeforeEach
    void freshSimulator() {
        myInvois = MyInvoisHttp.afterReset(SIMULATOR.baseUrl());
    }

    @Test
    void theBuiltInClientGetsABearerTokenForOneHour() {
        MyInvoisHttp.Answer token = myInvois.token(MyInvoisHttp.credentials(MyInvoisHttp.CLIENT_ID, MyInvoisHttp.CLIENT_SECRET));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.body().path("access_token").asText()).hasSizeGreaterThan(20);
        assertThat(token.body().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.body().path("expires_in").asInt()).isEqualTo(3600);
        assertThat(token.body().path("scope").asText()).isEqualTo("InvoicingAPI");
        assertThat(token.header("Cache-Control")).contains("no-store");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong secret|grant_type=client_credentials&client_id=bjk-reference-app&client_secret=nope&scope=InvoicingAPI|invalid_client",
        "unknown client|grant_type=client_credentials&client_id=someone&client_secret=bjk-myinvois-test-secret|invalid_client",
        "no secret|grant_type=client_credentials&client_id=bjk-reference-app|invalid_client",
        "password grant|grant_type=password&client_id=bjk-reference-app&client_secret=bjk-myinvois-test-secret|unsupported_grant_type",
        "no grant type|client_id=bjk-reference-app&client_secret=bjk-myinvois-test-secret|invalid_request",
        "another scope|grant_type=client_credentials&client_id=bjk-reference-app&client_secret=bjk-myinvois-test-secret&scope=Admin|invalid_scope",
        "client id twice|grant_type=client_credentials&client_id=x&client_id=bjk-reference-app&client_secret=bjk-myinvois-test-secret|invalid_request"})
    void aBadTokenRequestGetsItsOAuthError(String what, String form, String error) {
        MyInvoisHttp.Answer refused = myInvois.token(form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").asText()).isEqualTo(error);
        assertThat(refused.text()).doesNotContain("bjk-myinvois-test-secret");
    }

    @Test
    void aTokenRequestInJsonIsAnInvalidRequest() {
        SimulatorHttp http = new SimulatorHttp(SIMULATOR.baseUrl());
        SimulatorHttp.Reply json = http.post("/myinvois/connect/token",
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"bjk-reference-app\"}", "application/json");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body().path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void anApiCallWithoutAValidTokenIs401() {
        MyInvoisHttp.Answer noToken = myInvois.get(SUBMISSIONS);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.body().path("error").path("code").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void theTokenExpiresAfterSixtyMinutesOfVirtualTime() {
        myInvois.login();
        assertThat(myInvois.get(SUBMISSIONS).status()).as("valid token, unknown submission").isEqualTo(404);
        advance(3599);
        assertThat(myInvois.get(SUBMISSIONS).status()).isEqualTo(404);
        advance(1);
        assertThat(myInvois.get(SUBMISSIONS).status()).isEqualTo(401);
        assertThat(myInvois.login().get(SUBMISSIONS).status()).as("logged in again").isEqualTo(404);
    }

    @Test
    void aRegisteredClientLogsInAsItsTaxpayerAndItsSecretIsNeverEchoed() {
        MyInvoisHttp.Answer registered = myInvois.control("POST", "/myinvois/clients",
                "{\"clientId\":\"erp-2\",\"clientSecret\":\"another-secret-1\",\"tin\":\"C1234567890\"}");
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.text()).doesNotContain("another-secret-1");
        assertThat(myInvois.token(MyInvoisHttp.credentials("erp-2", "another-secret-1")).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"clientId\":\"erp-3\",\"clientSecret\":\"another-secret-1\",\"tin\":\"C0123\"}|tin|tin",
        "{\"clientId\":\"erp-3\",\"clientSecret\":\"short\",\"tin\":\"C1234567890\"}|clientSecret|length-8-128",
        "{\"clientSecret\":\"another-secret-1\",\"tin\":\"C1234567890\"}|clientId|required",
        "{\"clientId\":\"a\",\"clientId\":\"b\"}|clientId|no-duplicate-keys"})
    void aBrokenClientRegistrationNamesFieldAndRule(String body, String field, String rule) {
        assertThat(myInvois.control("POST", "/myinvois/clients", body).refusal()).isEqualTo("400 " + field + "/" + rule);
    }

    private void advance(int seconds) {
        assertThat(myInvois.control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}").status()).isEqualTo(200);
    }
}
