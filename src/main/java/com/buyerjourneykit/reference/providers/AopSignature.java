package com.buyerjourneykit.reference.providers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 1688 open platform's {@code _aop_signature}: upper-case hex of HMAC-SHA1 keyed with the app
 * secret, over the url path ({@code param2/1/<namespace>/<api>/<appKey>}) followed by every
 * parameter, sorted by name, each written as name then value with nothing between.
 */
final class AopSignature {
    static final String PARAMETER = "_aop_signature";
    private static final String HMAC_SHA1 = "HmacSHA1";

    private AopSignature() {
    }

    static String sign(String appSecret, String urlPath, Map<String, String> parameters) {
        StringBuilder signed = new StringBuilder(urlPath);
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals(PARAMETER)) {
                signed.append(name).append(value);
            }
        });
        return HexFormat.of().withUpperCase().formatHex(hmacSha1(appSecret, signed.toString()));
    }

    private static byte[] hmacSha1(String secret, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException noHmacSha1) {
            throw new IllegalStateException("this JDK cannot compute HmacSHA1", noHmacSha1);
        }
    }
}
