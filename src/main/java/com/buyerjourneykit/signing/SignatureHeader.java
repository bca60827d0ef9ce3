package com.buyerjourneykit.signing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code Signature} header: {@code algorithm=RSA256,keyVersion=1,signature=<urlencoded base64>}. */
public record SignatureHeader(String algorithm, String keyVersion, String signature) {
    public static final String RSA256 = "RSA256";

    public static Optional<SignatureHeader> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        String signature = parts.get("signature");
        if (signature == null || signature.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignatureHeader(parts.get("algorithm"), parts.get("keyVersion"), signature));
    }

    public static String format(String keyVersion, String signature) {
        return "algorithm=" + RSA256 + ",keyVersion=" + keyVersion + ",signature=" + signature;
    }
}
