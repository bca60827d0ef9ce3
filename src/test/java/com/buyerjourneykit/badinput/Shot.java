package com.buyerjourneykit.badinput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One request as sent, bytes and all: {@code path} is already percent-encoded as it goes on the wire; {@code headers} besides Content-Type. */
record Shot(String method, String path, String contentType, byte[] body, List<Map.Entry<String, String>> headers) {
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    Shot(String method, String path, String contentType, byte[] body) {
        this(method, path, contentType, body, List.of());
    }

    static Shot get(String path) {
        return new Shot("GET", path, null, new byte[0]);
    }

    static Shot post(String path, String contentType, byte[] body) {
        return new Shot("POST", path, contentType, body);
    }

    static Shot post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    Shot withPath(String newPath) {
        return new Shot(method, newPath, contentType, body, headers);
    }

    /** What a failure message shows: the start of the body, never megabytes of it. */
    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text;
        return method + " " + path + " [" + contentType + "] " + (headers.isEmpty() ? "" : headers + " ") + shown;
    }
}
