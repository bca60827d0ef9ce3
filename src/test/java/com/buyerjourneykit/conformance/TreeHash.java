package com.buyerjourneykit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of the specification a run used: every file under the given folders, in the order of their
 * paths (relative to the project, '/'-separated), each as its path, a NUL, its bytes and a NUL; so the
 * same trees give the same hash on any machine, and a renamed file changes it.
 */
public final class TreeHash {
    private TreeHash() {
    }

    public static String of(Path root, List<String> folders) {
        MessageDigest digest = sha256();
        folders.stream().flatMap(folder -> files(root, folder)).sorted().forEach(relative -> {
            digest.update(relative.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes(root.resolve(relative)));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Stream<String> files(Path root, String folder) {
        Path start = root.resolve(folder);
        if (!Files.isDirectory(start)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/')).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
