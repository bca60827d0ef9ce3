package com.buyerjourneykit.badinput;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs a 1688 open-platform form as the published rule says: HMAC-SHA1 over the url path and the sorted key+value pairs, upper-case hex. */
final class AopSigner {
    static final String APP_KEY = "bjk-reference-app";
    static final String NAMESPACE = "com.alibaba.fenxiao.crossborder";
    private static final String SECRET = "bjk-simulator-secret";

    private AopSigner() {
    }

    static String urlPath(String api) {
        return "param2/1/" + NAMESPACE + "/" + api + "/" + APP_KEY;
    }

    static String sign(String urlPath, List<Map.Entry<String, String>> pairs) {
        StringBuilder text = new StringBuilder(urlPath);
        pairs.stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(pair -> text.append(pair.getKey()).append(pair.getValue()));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException noHmacSha1) {
            throw new IllegalStateException(noHmacSha1);
        }
    }
}
