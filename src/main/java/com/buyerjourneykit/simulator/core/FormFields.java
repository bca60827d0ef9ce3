package com.buyerjourneykit.simulator.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, in the order sent. Repeated
 * keys are kept, so that a signature covers what was sent and a reader can refuse them.
 */
public final class FormFields {
    private final List<Map.Entry<String, String>> pairs;

    private FormFields(List<Map.Entry<String, String>> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public static FormFields decode(String body) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (body != null && !body.isBlank()) {
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    pairs.add(decodePair(pair));
                }
            }
        }
        return new FormFields(pairs);
    }

    public List<Map.Entry<String, String>> pairs() {
        return pairs;
    }

    public List<String> valuesOf(String key) {
        return pairs.stream().filter(pair -> pair.getKey().equals(key)).map(Map.Entry::getValue).toList();
    }

    /** The value of a field given exactly once (blank included), else empty. */
    public Optional<String> single(String key) {
        List<String> values = valuesOf(key);
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    /** The first key given more than once, if any: a reader must not pick one of its values. */
    public Optional<String> firstRepeatedKey() {
        Set<String> seen = new HashSet<>();
        return pairs.stream().map(Map.Entry::getKey).filter(key -> !seen.add(key)).findFirst();
    }

    private static Map.Entry<String, String> decodePair(String pair) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
            return Map.entry(unescape(pair), "");
        }
        return Map.entry(unescape(pair.substring(0, equals)), unescape(pair.substring(equals + 1)));
    }

    /** A malformed escape ("%zz") is kept as sent: the signature then fails instead of the server. */
    private static String unescape(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text;
        }
    }
}
