package com.buyerjourneykit.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Calls to the simulated 1688 open platform, signed as a partner's client signs them: written
 * from the published rule, not from the simulator's code, so a wrong rule on either side shows.
 */
final class Aop1688Client {
    static final String APP_KEY = "bjk-reference-app";
    static final String APP_SECRET = "bjk-simulator-secret";
    static final String NAMESPACE = "com.alibaba.fenxiao.crossborder";
    private final SimulatorHttp http;

    Aop1688Client(SimulatorHttp http) {
        this.http = http;
    }

    /** {@code keysAndValues}: "memberName", "alice", "password", "..." — repeats allowed. */
    SimulatorHttp.Reply call(String api, String... keysAndValues) {
        return callAs(APP_KEY, APP_SECRET, api, keysAndValues);
    }

    SimulatorHttp.Reply callAs(String appKey, String appSecret, String api, String... keysAndValues) {
        List<Map.Entry<String, String>> parameters = pairs(keysAndValues);
        String signature = sign(appSecret, urlPath(NAMESPACE, api, appKey), parameters);
        parameters.add(Map.entry("_aop_signature", signature));
        return post(NAMESPACE, api, appKey, parameters);
    }

    /** A correctly signed call, not yet sent: where it goes and its form body. */
    record SignedCall(String path, String form) {
    }

    SignedCall signed(String api, String... keysAndValues) {
        List<Map.Entry<String, String>> parameters = pairs(keysAndValues);
        parameters.add(Map.entry("_aop_signature", sign(APP_SECRET, urlPath(NAMESPACE, api, APP_KEY), parameters)));
        return new SignedCall("/1688/openapi/" + urlPath(NAMESPACE, api, APP_KEY), form(parameters));
    }

    SimulatorHttp.Reply unsigned(String api, String... keysAndValues) {
        return post(NAMESPACE, api, APP_KEY, pairs(keysAndValues));
    }

    SimulatorHttp.Reply withSignature(String api, String signature, String... keysAndValues) {
        List<Map.Entry<String, String>> parameters = pairs(keysAndValues);
        parameters.add(Map.entry("_aop_signature", signature));
        return post(NAMESPACE, api, APP_KEY, parameters);
    }

    SimulatorHttp.Reply inNamespace(String namespace, String api, String... keysAndValues) {
        List<Map.Entry<String, String>> parameters = pairs(keysAndValues);
        parameters.add(Map.entry("_aop_signature", sign(APP_SECRET, urlPath(namespace, api, APP_KEY), parameters)));
        return post(namespace, api, APP_KEY, parameters);
    }

    static String urlPath(String namespace, String api, String appKey) {
        return "param2/1/" + namespace + "/" + api + "/" + appKey;
    }

    static String sign(String secret, String urlPath, List<Map.Entry<String, String>> parameters) {
        String text = urlPath + parameters.stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(parameter -> parameter.getKey() + parameter.getValue())
                .collect(Collectors.joining());
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SimulatorHttp.Reply post(String namespace, String api, String appKey, List<Map.Entry<String, String>> parameters) {
        return http.post("/1688/openapi/" + urlPath(namespace, api, appKey), form(parameters),
                "application/x-www-form-urlencoded");
    }

    private static String form(List<Map.Entry<String, String>> parameters) {
        return parameters.stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static List<Map.Entry<String, String>> pairs(String... keysAndValues) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
        }
        return pairs;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
