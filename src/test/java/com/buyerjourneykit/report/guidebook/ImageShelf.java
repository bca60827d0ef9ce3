package com.buyerjourneykit.report.guidebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The screenshots of one guidebook in its {@code img/} folder, each picture once: a file is named
 * after a hash of its bytes, so the same screen taken twice (the browser channel reuses its last
 * capture when a page did not change) is stored, and downloaded, once.
 */
final class ImageShelf {
    static final String FOLDER = "img";
    private final Path folder;

    ImageShelf(Path guidebookFolder) {
        this.folder = guidebookFolder.resolve(FOLDER);
    }

    /** The picture's address relative to the guidebook page; empty when the run lost the file. */
    Optional<String> place(Path screen) {
        if (!Files.isRegularFile(screen)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(screen);
            String name = hash(bytes) + extension(screen);
            Path copy = folder.resolve(name);
            if (!Files.exists(copy)) {
                Files.createDirectories(folder);
                Files.write(copy, bytes);
            }
            return Optional.of(FOLDER + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(Path screen) {
        String name = screen.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".png" : name.substring(dot);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
