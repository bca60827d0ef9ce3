package com.buyerjourneykit.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The published test client's public key (stubs/worldfirst/keys, TEST ONLY), for registering a partner client. */
final class PartnerKey {
    static final String PUBLIC_KEY = read(Path.of("stubs/worldfirst/keys/client-public.pem"));

    private PartnerKey() {
    }

    private static String read(Path pem) {
        try {
            return Files.readString(pem);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
