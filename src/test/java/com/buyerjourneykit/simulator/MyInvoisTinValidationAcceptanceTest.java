package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validate Taxpayer's TIN on a real simulator: seeded taxpayers, 404, 400 BadArgument, the magic TINs, faults on demand. */
class MyInvoisTinValidationAcceptanceTest {
    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();
    private MyInvoisHttp myInvois;

    @BeforeEach
    void freshSimulator() {
        myInvois = MyInvoisHttp.afterReset(SIMULATOR.baseUrl()).login();
    }

    @Test
    void theBuiltInTaxpayerIsValidWithItsNricOnly() {
        MyInvoisHttp.Answer valid = myInvois.validateTin(MyInvoisHttp.TIN, "NRIC", "900101015555");
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.text()).isEmpty();
        assertThat(myInvois.validateTin(MyInvoisHttp.TIN, "NRIC", "900101015556").status()).isEqualTo(404);
        assertThat(myInvois.validateTin(MyInvoisHttp.TIN, "PASSPORT", "900101015555").status()).isEqualTo(404);
    }

    @Test
    void aSeededTaxpayerIsValidUntilTheReset() {
        MyInvoisHttp.Answer seeded = myInvois.control("POST", "/myinvois/taxpayers",
                "{\"tin\":\"C2584563200\",\"idType\":\"BRN\",\"idValue\":\"201901234568\",\"name\":\"Kedai Runcit Sdn Bhd\"}");
        assertThat(seeded.status()).isEqualTo(200);
        assertThat(myInvois.validateTin("C2584563200", "BRN", "201901234568").status()).isEqualTo(200);
        myInvois.control("POST", "/reset", "");
        assertThat(myInvois.login().validateTin("C2584563200", "BRN", "201901234568").status()).isEqualTo(404);
    }

    @Test
    void theMagicInvalidTinIsNeverValidEvenWhenSeeded() {
        myInvois.control("POST", "/myinvois/taxpayers", "{\"tin\":\"C4040404040\",\"idType\":\"BRN\",\"idValue\":\"1\"}");
        MyInvoisHttp.Answer invalid = myInvois.validateTin("C4040404040", "BRN", "1");
        assertThat(invalid.status()).isEqualTo(404);
        assertThat(invalid.body().path("error").path("code").asText()).isEqualTo("NotFound");
    }

    @Test
    void theMagicSlowTinOutlastsAnImpatientClient() {
        String path = "/myinvois/api/v1.0/taxpayer/validate/C5040504050?idType=BRN&idValue=1";
        assertThatThrownBy(() -> myInvois.within(Duration.ofMillis(300), path))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "leading zero|C0123456780|BRN|1|tin",
        "no zero at the end|C1234567891|BRN|1|tin",
        "too long|IG1234567890123|NRIC|1|tin",
        "unknown id type|IG12345678901|MYKAD|1|idType",
        "empty id value|IG12345678901|NRIC||idValue",
        "id value with a space|IG12345678901|NRIC|90 01|idValue"})
    void aMalformedArgumentIsBadArgument(String what, String tin, String idType, String idValue, String target) {
        MyInvoisHttp.Answer refused = myInvois.validateTin(tin, idType, idValue == null ? "" : idValue);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("BadArgument");
        assertThat(refused.body().path("error").path("target").asText()).isEqualTo(target);
    }

    @Test
    void anIdTypeGivenTwiceIsBadArgument() {
        MyInvoisHttp.Answer refused = myInvois.get("/myinvois/api/v1.0/taxpayer/validate/" + MyInvoisHttp.TIN
                + "?idType=NRIC&idType=BRN&idValue=900101015555");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("target").asText()).isEqualTo("idType");
    }

    @Test
    void aFaultArmedForTheTinFiresOnTheValidationOnly() {
        MyInvoisHttp.Answer armed = myInvois.control("POST", "/faults", "{\"provider\":\"myinvois\",\"operation\":\"validate-tin\","
                + "\"member\":\"" + MyInvoisHttp.TIN + "\",\"kind\":\"http-503\",\"times\":1}");
        assertThat(armed.status()).isEqualTo(201);
        assertThat(myInvois.validateTin(MyInvoisHttp.TIN, "NRIC", "900101015555").status()).isEqualTo(503);
        assertThat(myInvois.validateTin(MyInvoisHttp.TIN, "NRIC", "900101015555").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"tin\":\"X1\",\"idType\":\"BRN\",\"idValue\":\"1\"}|tin|tin",
        "{\"tin\":\"C2584563200\",\"idType\":\"MYKAD\",\"idValue\":\"1\"}|idType|id-type",
        "{\"tin\":\"C2584563200\",\"idType\":\"BRN\",\"idValue\":\"a b\"}|idValue|id-value",
        "{\"tin\":\"C2584563200\",\"idType\":\"BRN\"}|idValue|required"})
    void aBrokenSeedNamesFieldAndRule(String body, String field, String rule) {
        assertThat(myInvois.control("POST", "/myinvois/taxpayers", body).refusal()).isEqualTo("400 " + field + "/" + rule);
    }

    @Test
    void aBrokenProcessingDelayNamesFieldAndRule() {
        assertThat(myInvois.control("POST", "/myinvois/processing", "{\"delaySeconds\":-1}").refusal())
                .isEqualTo("400 delaySeconds/whole-number-0-86400");
    }
}
