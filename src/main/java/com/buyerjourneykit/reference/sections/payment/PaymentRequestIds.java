package com.buyerjourneykit.reference.sections.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The {@code requestId} 1688's cashier gets. With an idempotency key it is derived from the journey,
 * the order and the key, so the buyer's repeat, even after the app lost 1688's answer, names the same
 * payment and 1688 answers it instead of paying again. Without a key it is new per request, and
 * still the same for that request's retries.
 */
final class PaymentRequestIds {
    private static final String PREFIX = "bjk-pay-";

    private PaymentRequestIds() {
    }

    static String of(String journeyId, PaymentForm form) {
        return form.idempotencyKey().map(key -> PREFIX + digest(journeyId + "\n" + form.orderId() + "\n" + key))
                .orElseGet(() -> PREFIX + UUID.randomUUID().toString().replace("-", ""));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
