package com.buyerjourneykit.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signs a WorldFirst gateway call as its documentation says: SHA256withRSA with the published
 * test client's key over {@code POST <uri>\n<Client-Id>.<Request-Time>.<body>}, base64, URL-encoded.
 */
final class WorldFirstSigner {
    static final String CLIENT_ID = "bjk-reference-app";
    static final String PREFIX = "/worldfirst";
    private static final PrivateKey KEY = privateKey(Path.of("stubs/worldfirst/keys/client-private.pem"));

    private WorldFirstSigner() {
    }

    /** The headers of a call sent now (the host's clock, which the simulator accepts besides its virtual one). */
    static List<Map.Entry<String, String>> headers(String uri, byte[] body) {
        String time = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        return List.of(Map.entry("Client-Id", CLIENT_ID), Map.entry("Request-Time", time),
                Map.entry("Signature", "algorithm=RSA256,keyVersion=1,signature=" + signature(uri, time, body)));
    }

    static String signature(String uri, String time, byte[] body) {
        String content = "POST " + uri + "\n" + CLIENT_ID + "." + time + "." + new String(body, StandardCharsets.UTF_8);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(KEY);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(signer.sign()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException noRsa) {
            throw new IllegalStateException(noRsa);
        }
    }

    private static PrivateKey privateKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (GeneralSecurityException notPkcs8) {
            throw new IllegalStateException(notPkcs8);
        }
    }
}
