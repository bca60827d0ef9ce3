package com.buyerjourneykit.reference.sections.topup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The request id WorldFirst's money calls carry. With an idempotency key it is derived from the
 * journey, the operation and the key, so a retry, even after the app crashed between WorldFirst's
 * answer and its own write, sends the same id and WorldFirst answers the first outcome again.
 */
final class RequestIds {
    private RequestIds() {
    }

    static String of(String journeyId, String operation, Optional<String> idempotencyKey) {
        return idempotencyKey.map(key -> "bjk-" + sha256(journeyId + "\n" + operation + "\n" + key).substring(0, 40))
                .orElseGet(() -> "bjk-" + UUID.randomUUID().toString().replace("-", ""));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
