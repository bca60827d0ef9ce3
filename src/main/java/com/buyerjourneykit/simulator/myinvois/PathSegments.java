package com.buyerjourneykit.simulator.myinvois;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The segments of a request path (no query), percent-decoded; a broken escape reads as an empty segment. */
final class PathSegments {
    private PathSegments() {
    }

    static List<String> of(String url) {
        String path = url.split("\\?", 2)[0];
        return Arrays.stream(path.split("/")).map(PathSegments::decode).toList();
    }

    static String last(String url) {
        List<String> segments = of(url);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** The segment {@code fromEnd} places before the last ({@code 1}: the one before the last). */
    static String beforeLast(String url, int fromEnd) {
        List<String> segments = of(url);
        int index = segments.size() - 1 - fromEnd;
        return index < 0 ? "" : segments.get(index);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return "";
        }
    }
}
