package com.buyerjourneykit.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys in PEM (PKCS#8 private, X.509 public) or as their bare base64, as partners paste them. */
public final class Pem {
    private Pem() {
    }

    public static PublicKey publicKey(String text) {
        try {
            return rsa().generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException notAKey) {
            throw new IllegalArgumentException("not an RSA public key (X.509 PEM or base64)", notAKey);
        }
    }

    public static PrivateKey privateKey(String text) {
        try {
            return rsa().generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException notAKey) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8 PEM)", notAKey);
        }
    }

    /** A key file that travels in the jar under {@code stubs/worldfirst/keys/}. */
    public static String resource(String fileName) {
        String path = "stubs/worldfirst/keys/" + fileName;
        try (InputStream in = Pem.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException unreadable) {
            throw new IllegalStateException(path + " cannot be read", unreadable);
        }
    }

    private static byte[] der(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
