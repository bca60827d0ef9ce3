package com.buyerjourneykit.badinput;

import java.nio.charset.StandardCharsets;

/** A generated request body: what is wrong with it, the Content-Type it is declared as, and its bytes. */
record BadBody(String kind, String contentType, byte[] bytes) {

    static BadBody of(String kind, String contentType, String text) {
        return new BadBody(kind, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return kind + " [" + contentType + "] " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
