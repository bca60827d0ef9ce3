package com.buyerjourneykit.simulator.member1688;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code _aop_signature} against the vector published with a public 1688 client (provider-apis.md §1). */
class AopSignatureTest {
    private static final String SECRET = "UNIT-TEST-SECRET";
    private static final String URL_PATH = "param2/1/system/currentTime/TEST_APPKEY_0001";
    private static final String PUBLISHED = "75CD0EB77C5DCB393BD2C2E4DB4CE09849780EC9";
    private static final List<Map.Entry<String, String>> PARAMETERS = List.of(
            Map.entry("productId", "694567890123"),
            Map.entry("_aop_timestamp", "1700000000000"),
            Map.entry("access_token", "UNIT-TEST-TOKEN-abc123"));

    @Test
    void matchesThePublishedVectorWhateverOrderTheParametersCameIn() {
        assertThat(AopSignature.of(SECRET, URL_PATH, PARAMETERS)).isEqualTo(PUBLISHED);
    }

    @Test
    void signsThePathThenTheParametersSortedByKeyWithoutSeparators() {
        assertThat(AopSignature.signedText(URL_PATH, PARAMETERS)).isEqualTo(URL_PATH
                + "_aop_timestamp1700000000000" + "access_tokenUNIT-TEST-TOKEN-abc123" + "productId694567890123");
    }

    @Test
    void leavesTheSignatureItselfOut() {
        List<Map.Entry<String, String>> signed = List.of(PARAMETERS.get(0), PARAMETERS.get(1), PARAMETERS.get(2),
                Map.entry(AopSignature.PARAMETER, PUBLISHED));
        assertThat(AopSignature.of(SECRET, URL_PATH, signed)).isEqualTo(PUBLISHED);
        assertThat(AopSignature.matches(SECRET, URL_PATH, signed, PUBLISHED)).isTrue();
    }

    @Test
    void refusesAnotherSecretAChangedValueAndLowerCaseHex() {
        assertThat(AopSignature.matches("OTHER-SECRET", URL_PATH, PARAMETERS, PUBLISHED)).isFalse();
        assertThat(AopSignature.matches(SECRET, URL_PATH,
                List.of(Map.entry("productId", "694567890124"), PARAMETERS.get(1), PARAMETERS.get(2)), PUBLISHED)).isFalse();
        assertThat(AopSignature.matches(SECRET, URL_PATH, PARAMETERS, PUBLISHED.toLowerCase())).isFalse();
    }
}
