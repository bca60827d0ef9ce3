package com.buyerjourneykit.simulator.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Data files beside a provider's mappings ({@code stubs/<provider>/<file>}), read as the mappings
 * are: from the stubs folder on disk when it has the file (edit without Java), else from the jar.
 */
public final class StubFiles {
    private final Path stubsDirectory;

    public StubFiles(Path stubsDirectory) {
        this.stubsDirectory = stubsDirectory;
    }

    public Optional<String> read(String provider, String file) {
        Path onDisk = stubsDirectory.resolve(provider).resolve(file);
        try {
            if (Files.isRegularFile(onDisk)) {
                return Optional.of(Files.readString(onDisk, StandardCharsets.UTF_8));
            }
            return fromJar("stubs/" + provider + "/" + file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + onDisk, unreadable);
        }
    }

    private static Optional<String> fromJar(String resource) throws IOException {
        try (InputStream in = StubFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
