package com.buyerjourneykit.simulator.member1688.commerce;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Tells an image by its signature bytes; a text or an empty upload is no image. */
final class ImageFormat {
    private static final List<byte[]> SIGNATURES = List.of(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "GIF87a".getBytes(StandardCharsets.US_ASCII),
            "GIF89a".getBytes(StandardCharsets.US_ASCII));

    private ImageFormat() {
    }

    static boolean isImage(byte[] bytes) {
        return SIGNATURES.stream().anyMatch(signature -> startsWith(bytes, signature, 0)) || isWebp(bytes);
    }

    private static boolean isWebp(byte[] bytes) {
        return startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII), 0)
                && startsWith(bytes, "WEBP".getBytes(StandardCharsets.US_ASCII), 8);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        return bytes.length >= at + prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
