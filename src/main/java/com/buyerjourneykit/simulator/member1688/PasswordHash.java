package com.buyerjourneykit.simulator.member1688;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password as the simulator keeps it: a random salt and PBKDF2-HMAC-SHA256 of the password,
 * never the password itself. The iteration count is lower than a production service would use
 * (these are test accounts, and many are created per run) but the shape is the real one.
 */
final class PasswordHash {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 60_000;
    static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    static PasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(salt, derive(password, salt));
    }

    boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt));
    }

    @Override
    public String toString() {
        return "PasswordHash[" + ALGORITHM + ", masked]";
    }

    private static byte[] derive(String password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException jdkWithoutPbkdf2) {
            throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, jdkWithoutPbkdf2);
        } finally {
            spec.clearPassword();
        }
    }
}
