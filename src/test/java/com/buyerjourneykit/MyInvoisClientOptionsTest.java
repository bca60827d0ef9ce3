package com.buyerjourneykit;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.MyInvoisClientSettings;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner points the app at another MyInvois with options or BJK_MYINVOIS_* variables; the secret only from the environment. */
class MyInvoisClientOptionsTest {
    private static final String SIMULATOR = "http://localhost:8089";

    @Test
    void unsetItIsTheSimulatorsTestClient() {
        MyInvoisClientSettings settings = new MyInvoisClientOptions(name -> null, name -> null).settings(SIMULATOR);
        assertThat(settings).isEqualTo(ReferenceAppSettings.forSimulator(SIMULATOR).myInvois());
        assertThat(settings.url()).isEqualTo(SIMULATOR + "/myinvois");
        assertThat(settings.clientId() + " " + settings.clientSecret() + " " + settings.taxpayerTin())
                .isEqualTo("bjk-reference-app bjk-myinvois-test-secret IG12345678901");
    }

    @Test
    void variablesNameAnotherMyInvoisAnOptionWinsAndTheSecretIsNeverShown() {
        Map<String, String> environment = Map.of("BJK_MYINVOIS_URL", "https://preprod-api.myinvois.example",
                "BJK_MYINVOIS_CLIENT_ID", "partner-client", "BJK_MYINVOIS_CLIENT_SECRET", "partner-secret-1234",
                "BJK_MYINVOIS_TAXPAYER_TIN", "C1234567890");
        Map<String, String> options = Map.of("--myinvois-client-id", "option-client", "--myinvois-client-secret", "typed-secret");
        MyInvoisClientSettings settings = new MyInvoisClientOptions(options::get, environment::get).settings(SIMULATOR);
        assertThat(settings.url()).isEqualTo("https://preprod-api.myinvois.example");
        assertThat(settings.clientId()).isEqualTo("option-client");
        assertThat(settings.clientSecret()).isEqualTo("partner-secret-1234");
        assertThat(settings.taxpayerTin()).isEqualTo("C1234567890");
        assertThat(settings.toString()).doesNotContain("partner-secret-1234");
        assertThat(ReferenceAppSettings.forSimulator(SIMULATOR).withMyInvois(settings).toString()).doesNotContain("partner-secret-1234")
                .contains("clientSecret=******");
    }
}
