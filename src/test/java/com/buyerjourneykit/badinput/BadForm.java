package com.buyerjourneykit.badinput;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A generated form post: the fields as a server should decode them (what a signature covers), the
 * bytes appended raw after them (broken escapes, bytes that are no UTF-8), and its Content-Type.
 */
record BadForm(String kind, String contentType, List<Map.Entry<String, String>> pairs, byte[] rawTail) {

    static BadForm of(String kind, List<Map.Entry<String, String>> pairs) {
        return new BadForm(kind, Shot.FORM, List.copyOf(pairs), new byte[0]);
    }

    BadForm declaredAs(String type) {
        return new BadForm(kind + " declared " + type, type, pairs, rawTail);
    }

    BadForm plus(String key, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(pairs);
        more.add(Map.entry(key, value));
        return new BadForm(kind, contentType, more, rawTail);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(encoded(pairs).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(rawTail);
        return out.toByteArray();
    }

    static String encoded(List<Map.Entry<String, String>> pairs) {
        return pairs.stream().map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String text = new String(bytes(), StandardCharsets.UTF_8);
        return kind + " [" + contentType + "] " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
