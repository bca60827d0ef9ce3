package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.signing.RsaSignature;
import com.buyerjourneykit.signing.SignatureHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The small rules of the simulated WorldFirst, without a server. */
class WorldFirstRulesTest {
    private static final Instant NOW = Instant.parse("2026-01-05T01:00:00Z");

    @Test
    void minorUnitsFollowIso4217AndCnhHasTwo() {
        assertThat(Currencies.minorDigits("JPY")).isZero();
        assertThat(Currencies.minorDigits("IDR")).isEqualTo(2);
        assertThat(Currencies.minorDigits("CNH")).isEqualTo(2);
        assertThat(new Money("JPY", 1136).major()).hasToString("1136");
        assertThat(new Money("IDR", 224512).major()).hasToString("2245.12");
        assertThat(Currencies.SUPPORTED).hasSize(14);
    }

    @Test
    void theRetryScheduleIsWorldFirstsSevenRetries() {
        assertThat(RetrySchedule.after(1, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(RetrySchedule.after(7, NOW)).contains(NOW.plus(Duration.ofHours(15)));
        assertThat(RetrySchedule.after(8, NOW)).isEmpty();
    }

    @Test
    void aSignatureVerifiesOnlyForItsContentAndKey() {
        PrivateKey simulator = Pem.privateKey(Pem.resource("simulator-private.pem"));
        PublicKey simulatorPublic = Pem.publicKey(Pem.resource("simulator-public.pem"));
        String content = RsaSignature.content("/amsin/api/v1/fund/inquiryRate", "c", "2026-01-05T09:00:00+08:00", "{}");
        String signature = RsaSignature.sign(simulator, content);
        assertThat(RsaSignature.verify(simulatorPublic, content, signature)).isTrue();
        assertThat(RsaSignature.verify(simulatorPublic, content + " ", signature)).isFalse();
        assertThat(RsaSignature.verify(Pem.publicKey(Pem.resource("client-public.pem")), content, signature)).isFalse();
        assertThat(RsaSignature.verify(simulatorPublic, content, "%%%")).isFalse();
    }

    @Test
    void theSignatureHeaderIsReadAndWrittenInWorldFirstsForm() {
        assertThat(SignatureHeader.parse("algorithm=RSA256, keyVersion=2, signature=abc%3D"))
                .contains(new SignatureHeader("RSA256", "2", "abc%3D"));
        assertThat(SignatureHeader.parse("algorithm=RSA256,keyVersion=1")).isEmpty();
        assertThat(SignatureHeader.format("1", "x")).isEqualTo("algorithm=RSA256,keyVersion=1,signature=x");
    }

    @Test
    void requestTimesAreFreshWithinFiveMinutesEitherSide() {
        assertThat(RequestTimes.parse("2026-01-05T09:00:00+08:00")).isEqualTo(NOW);
        assertThat(RequestTimes.parse(Long.toString(NOW.toEpochMilli()))).isEqualTo(NOW);
        assertThat(RequestTimes.isFresh(NOW.minusSeconds(300), NOW)).isTrue();
        assertThat(RequestTimes.isFresh(NOW.plusSeconds(301), NOW)).isFalse();
        assertThat(RequestTimes.format(NOW)).isEqualTo("2026-01-05T09:00:00+08:00");
        assertThatThrownBy(() -> RequestTimes.parse("noon")).isInstanceOf(InvalidField.class);
    }

    @Test
    void ratesCrossThroughCnhAndAPairSetWinsWithItsReverse() {
        Rates rates = new Rates();
        assertThat(rates.rate("SGD", "CNH")).hasToString("5.4560");
        assertThat(rates.rate("CNH", "IDR")).hasToString("2500.0000");
        rates.set("SGD", "JPY", new java.math.BigDecimal("113.6250"));
        assertThat(rates.rate("SGD", "JPY")).hasToString("113.6250");
        assertThat(rates.rate("JPY", "SGD")).hasToString("0.0088");
    }
}
