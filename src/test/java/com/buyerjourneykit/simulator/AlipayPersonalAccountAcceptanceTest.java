package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.AlipayRegistration.ADDRESS;
import static com.buyerjourneykit.simulator.AlipayRegistration.IDENTITY;
import static com.buyerjourneykit.simulator.AlipayRegistration.PROFILE;
import static com.buyerjourneykit.simulator.AlipayRegistration.QUERY;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.AlipayRegistration.Answer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Alipay personal account of a real, running simulator: its steps, their order, and the identity magic value. */
class AlipayPersonalAccountAcceptanceTest {
    private static final Map<String, String> METHODS = Map.of("identity", IDENTITY, "address", ADDRESS, "profile", PROFILE);
    private static AlipayRegistration alipay;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        alipay = new AlipayRegistration(new SimulatorHttp(SIMULATOR.baseUrl()));
    }

    @Test
    void walksFromCodeToCompletedAccountUnderOneUserId() {
        Answer code = alipay.verifyCode("123451001");
        assertThat(code.text("account_status")).isEqualTo("CODE_VERIFIED");
        assertThat(code.response().path("verified").asBoolean()).isTrue();
        String userId = code.text("alipay_user_id");
        assertThat(userId).matches("2088\\d{12}");

        assertStep(alipay.call(IDENTITY, alipay.identity("123451001")), "IDENTITY_VERIFIED", userId);
        assertStep(alipay.call(ADDRESS, alipay.address("123451001")), "ADDRESS_REGISTERED", userId);
        assertStep(alipay.call(PROFILE, alipay.profile("123451001")), "COMPLETED", userId);
        assertStep(alipay.call(QUERY, alipay.buyer("123451001")), "COMPLETED", userId);
    }

    @Test
    void aMobileWithoutAccountIsNoneAndHasNoUserId() {
        Answer query = alipay.call(QUERY, alipay.buyer("123451002"));
        assertThat(query.text("code")).isEqualTo("10000");
        assertThat(query.text("account_status")).isEqualTo("NONE");
        assertThat(query.response().has("alipay_user_id")).isFalse();
    }

    @Test
    void theUserIdIsStablePerMobileAndDiffersBetweenMobiles() {
        alipay.completeSteps("123451003", 1);
        alipay.completeSteps("123451004", 1);
        String first = alipay.call(QUERY, alipay.buyer("123451003")).text("alipay_user_id");
        assertThat(alipay.call(QUERY, alipay.buyer("123451003")).text("alipay_user_id")).isEqualTo(first);
        assertThat(alipay.call(QUERY, alipay.buyer("123451004")).text("alipay_user_id")).isNotEqualTo(first).matches("2088\\d{12}");
    }

    @Test
    void optionalPostalCodeAndEmailMayBeLeftOutOrBlank() {
        alipay.completeSteps("123451005", 2);
        assertThat(alipay.call(ADDRESS, alipay.address("123451005").without("postal_code")).text("account_status"))
                .isEqualTo("ADDRESS_REGISTERED");
        assertThat(alipay.call(ADDRESS, alipay.address("123451005").put("postal_code", "")).text("code")).isEqualTo("10000");
        assertThat(alipay.call(PROFILE, alipay.profile("123451005").putNull("email")).text("account_status"))
                .isEqualTo("COMPLETED");
    }

    @ParameterizedTest(name = "{2} after {1} steps: missing {3}")
    @CsvSource({
        "123451011, 0, identity, sms-code",
        "123451012, 0, address,  sms-code",
        "123451013, 0, profile,  sms-code",
        "123451014, 1, address,  identity",
        "123451015, 1, profile,  identity",
        "123451016, 2, profile,  address"})
    void refusesAStepBeforeItsPredecessorAndChangesNothing(String mobile, int stepsDone, String step, String missing) {
        alipay.completeSteps(mobile, stepsDone);
        String before = alipay.status(mobile);
        String method = METHODS.get(step);

        Answer answer = alipay.call(method, alipay.bodyFor(method, mobile));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("code")).isEqualTo("40004");
        assertThat(answer.text("sub_code")).isEqualTo("isv.ACCOUNT_STEP_OUT_OF_ORDER");
        assertThat(answer.text("missing_step")).isEqualTo(missing);
        assertThat(alipay.status(mobile)).isEqualTo(before);
    }

    @Test
    void doingAStepAgainOverwritesItAndNeverSetsTheAccountBack() {
        alipay.completeSteps("123451021", 4);
        assertThat(alipay.call(IDENTITY, alipay.identity("123451021").put("document_type", "NATIONAL_ID")).text("account_status"))
                .isEqualTo("COMPLETED");
        assertThat(alipay.call(ADDRESS, alipay.address("123451021").put("city", "Shah Alam")).text("account_status"))
                .isEqualTo("COMPLETED");
        alipay.advance("123451021", 60);
        assertThat(alipay.verifyCode("123451021").text("account_status")).isEqualTo("COMPLETED");
    }

    @Test
    void aRepeatedIdentityStepKeepsTheAccountWhereItWas() {
        alipay.completeSteps("123451022", 2);
        assertThat(alipay.call(IDENTITY, alipay.identity("123451022")).text("account_status")).isEqualTo("IDENTITY_VERIFIED");
    }

    @Test
    void aDocumentNumberStartingFailIsTurnedDownAndChangesNothing() {
        alipay.completeSteps("123451031", 1);
        Answer answer = alipay.call(IDENTITY, alipay.identity("123451031").put("document_number", "FAIL1"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("code")).isEqualTo("40004");
        assertThat(answer.text("sub_code")).isEqualTo("isv.IDENTITY_VERIFICATION_FAILED");
        assertThat(alipay.status("123451031")).isEqualTo("CODE_VERIFIED");
    }

    @Test
    void aFailingDocumentOnACompletedAccountLeavesItCompleted() {
        alipay.completeSteps("123451032", 4);
        assertThat(alipay.call(IDENTITY, alipay.identity("123451032").put("document_number", "FAILED2026")).text("sub_code"))
                .isEqualTo("isv.IDENTITY_VERIFICATION_FAILED");
        assertThat(alipay.status("123451032")).isEqualTo("COMPLETED");
    }

    @Test
    void anAccountWithoutVerifiedCodeHearsThatBeforeTheMagicDocument() {
        Answer answer = alipay.call(IDENTITY, alipay.identity("123451033").put("document_number", "FAIL1"));
        assertThat(answer.text("sub_code")).isEqualTo("isv.ACCOUNT_STEP_OUT_OF_ORDER");
        assertThat(answer.text("missing_step")).isEqualTo("sms-code");
    }

    @Test
    void aFailingCodeOpensNoAccount() {
        alipay.call(AlipayRegistration.SEND, alipay.buyer("123451034"));
        alipay.call(AlipayRegistration.VERIFY, alipay.buyer("123451034").put("code", "000000"));
        alipay.call(AlipayRegistration.VERIFY, alipay.buyer("123451034").put("code", "999999"));
        assertThat(alipay.status("123451034")).isEqualTo("NONE");
    }

    @Test
    void theRegistryIsForgottenOnReset() {
        Simulator own = Simulator.start(0, Path.of("stubs"));
        try (own) {
            SimulatorHttp http = new SimulatorHttp(own.baseUrl());
            AlipayRegistration registration = new AlipayRegistration(http);
            registration.completeSteps("123451041", 4);
            http.post("/__admin/sim/reset", "", "application/json");
            assertThat(registration.status("123451041")).isEqualTo("NONE");
        }
    }

    private static void assertStep(Answer answer, String status, String userId) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("code")).isEqualTo("10000");
        assertThat(answer.text("account_status")).isEqualTo(status);
        assertThat(answer.text("alipay_user_id")).isEqualTo(userId);
    }
}
