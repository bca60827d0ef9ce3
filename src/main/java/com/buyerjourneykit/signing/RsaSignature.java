package com.buyerjourneykit.signing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * WorldFirst's (Antom's) signature: SHA256withRSA over {@code "POST <uri>\n<client-id>.<time>.<body>"},
 * base64 and then URL-encoded, for requests, answers and notifications alike.
 */
public final class RsaSignature {
    private static final String ALGORITHM = "SHA256withRSA";

    private RsaSignature() {
    }

    public static String content(String uri, String clientId, String time, String body) {
        return "POST " + uri + "\n" + clientId + "." + time + "." + body;
    }

    public static String sign(PrivateKey key, String content) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            String base64 = Base64.getEncoder().encodeToString(signer.sign());
            return URLEncoder.encode(base64, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, broken);
        }
    }

    /** False for anything that is not a valid signature of the content, malformed text included. */
    public static boolean verify(PublicKey key, String content, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content.getBytes(StandardCharsets.UTF_8));
            byte[] raw = Base64.getDecoder().decode(URLDecoder.decode(signature, StandardCharsets.UTF_8));
            return verifier.verify(raw);
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return false;
        }
    }
}
