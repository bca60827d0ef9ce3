package com.buyerjourneykit.simulator.member1688;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 1688 open platform's {@code _aop_signature}: upper-case hex of HMAC-SHA1, keyed with the
 * app secret, over the url path ({@code param2/1/{namespace}/{api}/{appKey}}) followed by every
 * parameter but the signature itself, sorted by key, each as key then value with no separators.
 */
final class AopSignature {
    static final String PARAMETER = "_aop_signature";
    private static final String HMAC_SHA1 = "HmacSHA1";

    private AopSignature() {
    }

    static String of(String appSecret, String urlPath, List<Map.Entry<String, String>> parameters) {
        byte[] digest = hmacSha1(appSecret, signedText(urlPath, parameters));
        return HexFormat.of().withUpperCase().formatHex(digest);
    }

    /** Compares in constant time, so the answer's timing tells nothing about the right signature. */
    static boolean matches(String appSecret, String urlPath, List<Map.Entry<String, String>> parameters, String given) {
        byte[] expected = of(appSecret, urlPath, parameters).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    static String signedText(String urlPath, List<Map.Entry<String, String>> parameters) {
        StringBuilder text = new StringBuilder(urlPath);
        parameters.stream()
                .filter(parameter -> !parameter.getKey().equals(PARAMETER))
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(parameter -> text.append(parameter.getKey()).append(parameter.getValue()));
        return text.toString();
    }

    private static byte[] hmacSha1(String secret, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException jdkWithoutHmacSha1) {
            throw new IllegalStateException("this JDK cannot compute HmacSHA1", jdkWithoutHmacSha1);
        }
    }
}
