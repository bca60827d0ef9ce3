package com.buyerjourneykit.badinput;

import java.util.regex.Pattern;

/**
 * A request the HTTP server (Jetty) refuses before any route sees it: a path whose encoded
 * characters make it ambiguous (an encoded dot segment, slash, backslash or NUL) or may be no
 * UTF-8 (an escaped byte from 0x80 up), or a request line longer than the server reads. These
 * answer Jetty's own 400/414/431 page, which names no field: accepted only for exactly these
 * paths, so any other refusal must keep its contract.
 */
final class ServerLevelRefusal {
    private static final Pattern AMBIGUOUS = Pattern.compile("(?i)%2e|%2f|%5c|%00|/\\.\\.?(/|$)|%25|%[89a-f][0-9a-f]");
    private static final int LONGEST_READ_PATH = 4000;

    private ServerLevelRefusal() {
    }

    static boolean explains(Shot shot, Reply refusal) {
        boolean jettyPage = refusal.isHtml() && (refusal.body().contains("<title>Error " + refusal.status())
                || refusal.body().contains("<h1>Bad Message " + refusal.status()));
        boolean ambiguous = refusal.status() == 400 && AMBIGUOUS.matcher(shot.path()).find();
        boolean tooLong = (refusal.status() == 414 || refusal.status() == 431) && shot.path().length() > LONGEST_READ_PATH;
        return jettyPage && (ambiguous || tooLong);
    }
}
