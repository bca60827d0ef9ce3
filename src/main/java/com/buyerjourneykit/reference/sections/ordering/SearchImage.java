package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A photo to search 1688 by (ORD-02), as Base64 (a {@code data:image/…;base64,} prefix allowed):
 * it must decode, and be a PNG, JPEG, GIF or WebP by its first bytes, the formats 1688 takes.
 */
final class SearchImage {
    static final String FIELD = "imageBase64";
    private static final Pattern DATA_URL = Pattern.compile("^data:image/[a-z+.-]+;base64,");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchImage() {
    }

    /** The image's Base64, without prefix or line breaks. */
    static String read(String text) {
        String base64 = WHITESPACE.matcher(DATA_URL.matcher(text.strip()).replaceFirst("")).replaceAll("");
        byte[] image = decode(base64);
        if (!isImage(image)) {
            throw new InvalidInput(FIELD, "image-format", FIELD + " must be a PNG, JPEG, GIF or WebP image");
        }
        return base64;
    }

    private static byte[] decode(String base64) {
        try {
            byte[] image = Base64.getDecoder().decode(base64);
            if (image.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return image;
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidInput(FIELD, "base64", FIELD + " must be an image in Base64");
        }
    }

    static boolean isImage(byte[] bytes) {
        return startsWith(bytes, 0, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 0, 'G', 'I', 'F', '8')
                || startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P');
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
