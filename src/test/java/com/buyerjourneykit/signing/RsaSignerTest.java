package com.buyerjourneykit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** A remembered signature is the signature: the same as signing anew, and it verifies. */
class RsaSignerTest {
    private static final PrivateKey KEY = Pem.privateKey(Pem.resource("simulator-private.pem"));
    private static final PublicKey PUBLIC = Pem.publicKey(Pem.resource("simulator-public.pem"));

    @Test
    void signingTheSameContentAgainGivesWhatSigningAnewGives() {
        RsaSigner signer = new RsaSigner(KEY);
        String content = RsaSignature.content("/amsin/api/v1/fund/inquiryRate", "c", "2026-01-05T09:00:00+08:00", "{}");

        String first = signer.sign(content);
        String again = signer.sign(content);

        assertThat(again).isEqualTo(first).isEqualTo(RsaSignature.sign(KEY, content));
        assertThat(RsaSignature.verify(PUBLIC, content, again)).isTrue();
    }

    @Test
    void otherContentIsSignedForItself() {
        RsaSigner signer = new RsaSigner(KEY);
        String one = RsaSignature.content("/amsin/api/v1/fund/inquiryRate", "c", "2026-01-05T09:00:00+08:00", "{\"a\":1}");
        String other = RsaSignature.content("/amsin/api/v1/fund/inquiryRate", "c", "2026-01-05T09:00:00+08:00", "{\"a\":2}");

        signer.sign(one);

        assertThat(RsaSignature.verify(PUBLIC, other, signer.sign(other))).isTrue();
        assertThat(RsaSignature.verify(PUBLIC, other, signer.sign(one))).isFalse();
    }

    @Test
    void itRemembersABoundedNumberOfContents() {
        RsaSigner signer = new RsaSigner(KEY, 2);
        for (int i = 0; i < 3; i++) {
            signer.sign("content " + i);
        }
        assertThat(signer.remembered()).isEqualTo(2);
    }
}
