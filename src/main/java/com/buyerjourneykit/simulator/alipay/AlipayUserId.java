package com.buyerjourneykit.simulator.alipay;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Alipay user ids are "2088" + 12 digits. Ours are derived from the mobile rather than counted,
 * so a buyer has the same id in every run and whatever order parallel scenarios take.
 */
final class AlipayUserId {
    private static final BigInteger TWELVE_DIGITS = BigInteger.TEN.pow(12);

    private AlipayUserId() {
    }

    static String of(String e164) {
        BigInteger digest = new BigInteger(1, sha256(e164));
        return "2088" + String.format("%012d", digest.mod(TWELVE_DIGITS));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
