package com.buyerjourneykit.dsl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * A photo of a product as the simulated 1688 recognises it: a PNG whose text chunk names the
 * offer's image label ("phone-stand"). Only the signature, that chunk and the end: small enough
 * for any form field.
 */
final class ProductPhotos {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ProductPhotos() {
    }

    static String pngBase64Showing(String label) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(PNG_SIGNATURE);
        chunk(png, "tEXt", ("Comment\0" + label).getBytes(StandardCharsets.ISO_8859_1));
        chunk(png, "IEND", new byte[0]);
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(png, data.length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        writeInt(png, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
