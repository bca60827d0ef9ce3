package com.buyerjourneykit;

import com.buyerjourneykit.reference.WorldFirstClientSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The WorldFirst the app talks to, from {@code --worldfirst-…} options or {@code BJK_WORLDFIRST_…}
 * environment variables (an option wins): its URL, the client id and key version to sign as, the
 * client's private key file and WorldFirst's public key file. Unset, it is the simulator's
 * published test client. Keys are read from files, so no key is ever on a command line or in a log.
 */
final class WorldFirstClientOptions {
    static final String URL = "worldfirst-url";
    static final String CLIENT_ID = "worldfirst-client-id";
    static final String KEY_VERSION = "worldfirst-key-version";
    static final String PRIVATE_KEY_FILE = "worldfirst-private-key-file";
    static final String PUBLIC_KEY_FILE = "worldfirst-public-key-file";
    private final ProviderOptions given;

    /** {@code options}: the value of {@code --<name>}, or null; {@code environment}: the value of a variable, or null. */
    WorldFirstClientOptions(UnaryOperator<String> options, UnaryOperator<String> environment) {
        this.given = new ProviderOptions(options, environment);
    }

    WorldFirstClientSettings settings(String simulatorUrl) {
        WorldFirstClientSettings simulator = WorldFirstClientSettings.simulatorTestClient(simulatorUrl + "/worldfirst");
        return new WorldFirstClientSettings(value(URL, simulator.url()), value(CLIENT_ID, simulator.clientId()),
                value(KEY_VERSION, simulator.keyVersion()), pem(PRIVATE_KEY_FILE, simulator.clientPrivateKeyPem()),
                pem(PUBLIC_KEY_FILE, simulator.worldFirstPublicKeyPem()));
    }

    /** {@code worldfirst-client-id} is {@code --worldfirst-client-id} or {@code BJK_WORLDFIRST_CLIENT_ID}. */
    static String variableOf(String name) {
        return ProviderOptions.variableOf(name);
    }

    private String value(String name, String fallback) {
        return given.value(name, fallback);
    }

    private String pem(String name, String fallback) {
        String file = value(name, null);
        if (file == null) {
            return fallback;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("--" + name + " / " + variableOf(name) + ": cannot read the key file " + file, e);
        }
    }
}
