package com.buyerjourneykit.reference.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.reference.WorldFirstClientSettings;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's WorldFirst client against the simulated WorldFirst: signed requests, answers checked with WorldFirst's key. */
class WorldFirstCallTest {
    private static final ProviderHttp HTTP = new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(5));
    private static Simulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = Simulator.start(0, Path.of("stubs"));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void aSignedCallGetsWorldFirstsSignedAnswer() {
        WorldFirstAnswer answer = call(testClient(), "fund/inquiryRate", "SGD", "CNH");

        assertThat(answer.isSuccess()).isTrue();
        assertThat(answer.path("rate").asText()).isEqualTo("5.4560");
    }

    @Test
    void aRefusalIsWorldFirstsFailureNamingTheField() {
        WorldFirstAnswer answer = call(testClient(), "fund/inquiryRate", "SG", "CNH");

        assertThat(answer.status()).isEqualTo("F");
        assertThat(answer.code()).isEqualTo("PARAM_ILLEGAL");
        assertThat(answer.field()).isEqualTo("sellCurrency");
    }

    @Test
    void anAnswerNotSignedWithTheKeyTheAppTrustsIsNoAnswer() {
        WorldFirstClientSettings trustingTheWrongKey = new WorldFirstClientSettings(testClient().url(),
                testClient().clientId(), "1", testClient().clientPrivateKeyPem(), Pem.resource("client-public.pem"));

        assertThatThrownBy(() -> call(trustingTheWrongKey, "fund/inquiryRate", "SGD", "CNH"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("not signed by WorldFirst");
    }

    @Test
    void aRequestSignedWithAnotherKeyIsRefusedByWorldFirst() {
        WorldFirstClientSettings wrongKey = new WorldFirstClientSettings(testClient().url(), testClient().clientId(), "1",
                Pem.resource("simulator-private.pem"), testClient().worldFirstPublicKeyPem());

        assertThat(call(wrongKey, "fund/inquiryRate", "SGD", "CNH").code()).isEqualTo("INVALID_SIGNATURE");
    }

    private static WorldFirstClientSettings testClient() {
        return WorldFirstClientSettings.simulatorTestClient(simulator.baseUrl() + "/worldfirst");
    }

    private static WorldFirstAnswer call(WorldFirstClientSettings client, String api, String sell, String buy) {
        WorldFirstCall call = new WorldFirstCall(client.url(), new WorldFirstSigner(client, Clock.systemUTC()), HTTP);
        return call.call(api, WorldFirstCall.body().put("sellCurrency", sell).put("buyCurrency", buy));
    }
}
