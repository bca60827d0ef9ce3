package com.buyerjourneykit.catalogue;

import java.time.Duration;

/** Durations as the catalogues write them: "60 s", "5 minutes", and the last accepted moment "4:59". */
public final class Spans {
    private Spans() {
    }

    public static String seconds(Duration span) {
        return span.toSeconds() + " s";
    }

    public static String minutes(Duration span) {
        long minutes = span.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** {@code m:ss} of a span, e.g. 4:59 for five minutes less a second. */
    public static String clock(Duration span) {
        return span.toMinutes() + ":" + String.format("%02d", span.toSecondsPart());
    }

    /** "accepted at 4:59, refused at 5:00": what a validity of {@code span} means to the second. */
    public static String acceptedUntil(Duration span) {
        return "accepted at " + clock(span.minusSeconds(1)) + ", refused at " + clock(span);
    }
}
