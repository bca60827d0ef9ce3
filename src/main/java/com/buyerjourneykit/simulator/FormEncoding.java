package com.buyerjourneykit.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a form body decodes: every {@code %} starts two hex digits, the charset exists, and UTF-8 escapes make UTF-8. */
final class FormEncoding {
    private FormEncoding() {
    }

    /** No charset declared (UTF-8 is read), or one this JVM knows. */
    static boolean isKnownCharset(String charsetName) {
        try {
            return charsetName == null || Charset.isSupported(charsetName.strip());
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    static boolean decodes(byte[] body, String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null ? StandardCharsets.UTF_8 : Charset.forName(charsetName.strip());
        } catch (IllegalArgumentException unknownCharset) {
            return false;
        }
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("[&=]")) {
            byte[] unescaped = unescaped(pair);
            if (unescaped == null || charset.equals(StandardCharsets.UTF_8) && !isUtf8(unescaped)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes a part stands for, or {@code null} when one of its escapes is broken. */
    private static byte[] unescaped(String part) {
        ByteBuffer bytes = ByteBuffer.allocate(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        byte[] result = new byte[bytes.position()];
        bytes.flip().get(result);
        return result;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
