package com.buyerjourneykit.reference.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code _aop_signature} against the published vector (research/provider-apis.md §1). */
class AopSignatureTest {
    private static final String URL_PATH = "param2/1/system/currentTime/TEST_APPKEY_0001";

    @Test
    void signsThePublishedTestVector() {
        assertThat(AopSignature.sign("UNIT-TEST-SECRET", URL_PATH, vectorParameters()))
                .isEqualTo("75CD0EB77C5DCB393BD2C2E4DB4CE09849780EC9");
    }

    @Test
    void theOrderParametersArriveInDoesNotMatter() {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("productId", "694567890123");
        reversed.put("access_token", "UNIT-TEST-TOKEN-abc123");
        reversed.put("_aop_timestamp", "1700000000000");
        assertThat(AopSignature.sign("UNIT-TEST-SECRET", URL_PATH, reversed))
                .isEqualTo("75CD0EB77C5DCB393BD2C2E4DB4CE09849780EC9");
    }

    @Test
    void anExistingSignatureIsNotSignedAgain() {
        Map<String, String> withSignature = vectorParameters();
        withSignature.put("_aop_signature", "ANYTHING");
        assertThat(AopSignature.sign("UNIT-TEST-SECRET", URL_PATH, withSignature))
                .isEqualTo("75CD0EB77C5DCB393BD2C2E4DB4CE09849780EC9");
    }

    @Test
    void anotherSecretGivesAnotherSignature() {
        assertThat(AopSignature.sign("bjk-simulator-secret", URL_PATH, vectorParameters()))
                .hasSize(40).isUpperCase().isNotEqualTo("75CD0EB77C5DCB393BD2C2E4DB4CE09849780EC9");
    }

    private static Map<String, String> vectorParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("_aop_timestamp", "1700000000000");
        parameters.put("access_token", "UNIT-TEST-TOKEN-abc123");
        parameters.put("productId", "694567890123");
        return parameters;
    }
}
