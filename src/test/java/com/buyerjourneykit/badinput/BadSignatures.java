package com.buyerjourneykit.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 1688 calls whose gateway part is wrong: the signature (missing, lower case, altered, repeated, odd), the app key or the API in the path. */
final class BadSignatures {
    private BadSignatures() {
    }

    static Gen<Shot> any(String api, List<Map.Entry<String, String>> fields) {
        String right = AopSigner.sign(AopSigner.urlPath(api), fields);
        String path = "/1688/openapi/" + AopSigner.urlPath(api);
        return Gen.<Shot>mix()
                .add(2, Gen.just(post(path, fields)))
                .add(2, Gen.just(post(path, with(fields, right.toLowerCase(Locale.ROOT)))))
                .add(2, Gen.between(0, right.length() - 1).map(at -> post(path, with(fields, altered(right, at)))))
                .add(2, Gen.just(post(path, with(with(fields, right), right))))
                .add(2, Gen.just(post(path, with(with(fields, right), right.substring(1)))))
                .add(3, OddText.any().map(odd -> post(path, with(fields, odd))))
                .add(3, OddSegments.any().map(odd -> post("/1688/openapi/param2/1/" + AopSigner.NAMESPACE + "/" + api + "/" + odd,
                        with(fields, right))))
                .add(3, OddSegments.any().map(odd -> post("/1688/openapi/param2/1/" + AopSigner.NAMESPACE + "/" + odd + "/"
                        + AopSigner.APP_KEY, with(fields, AopSigner.sign("param2/1/" + AopSigner.NAMESPACE + "/" + odd + "/"
                        + AopSigner.APP_KEY, fields)))))
                .add(1, OddSegments.any().map(odd -> post("/1688/openapi/param2/1/" + odd + "/" + api + "/" + AopSigner.APP_KEY,
                        with(fields, right))));
    }

    private static String altered(String signature, int at) {
        char changed = signature.charAt(at) == 'A' ? 'B' : 'A';
        return signature.substring(0, at) + changed + signature.substring(at + 1);
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String signature) {
        List<Map.Entry<String, String>> signed = new ArrayList<>(fields);
        signed.add(Map.entry("_aop_signature", signature));
        return signed;
    }

    private static Shot post(String path, List<Map.Entry<String, String>> pairs) {
        return Shot.post(path, Shot.FORM, BadForm.encoded(pairs));
    }
}
