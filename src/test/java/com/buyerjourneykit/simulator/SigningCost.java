package com.buyerjourneykit.simulator;

import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.signing.RsaSignature;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Locale;

/**
 * What the simulator's WorldFirst key costs per use in this JVM, distinct content every time (no
 * remembered signature): the price of every request's verification and of every new answer's signature.
 */
final class SigningCost {
    private static final int SIGNATURES = 60;
    private static final int VERIFICATIONS = 600;

    private SigningCost() {
    }

    /** As JSON fields to append to a line: {@code ,"rsaSignMicros":…,"rsaVerifyMicros":…}. */
    static String asJsonFields() {
        PrivateKey key = Pem.privateKey(Pem.resource("simulator-private.pem"));
        PublicKey publicKey = Pem.publicKey(Pem.resource("simulator-public.pem"));
        String signature = RsaSignature.sign(key, content(0));
        microsPerSignature(key); // warm-up
        return String.format(Locale.ROOT, ",\"rsaSignMicros\":%d,\"rsaVerifyMicros\":%d",
                microsPerSignature(key), microsPerVerification(publicKey, signature));
    }

    private static long microsPerSignature(PrivateKey key) {
        long started = System.nanoTime();
        for (int i = 0; i < SIGNATURES; i++) {
            RsaSignature.sign(key, content(i));
        }
        return (System.nanoTime() - started) / SIGNATURES / 1000;
    }

    private static long microsPerVerification(PublicKey key, String signature) {
        long started = System.nanoTime();
        for (int i = 0; i < VERIFICATIONS; i++) {
            RsaSignature.verify(key, content(0), signature);
        }
        return (System.nanoTime() - started) / VERIFICATIONS / 1000;
    }

    private static String content(int answer) {
        return RsaSignature.content("/amsin/api/v1/fund/inquiryRate", WorldFirstClient.CLIENT_ID, "2026-01-05T09:00:00+08:00",
                "{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\"},\"answer\":" + answer + "}");
    }
}
