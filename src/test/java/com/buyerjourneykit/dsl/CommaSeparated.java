package com.buyerjourneykit.dsl;

import java.util.Arrays;
import java.util.List;

/** A list as scenarios and answers write it, "a, b,c"; nothing (null or blank) is the empty list. */
final class CommaSeparated {
    private CommaSeparated() {
    }

    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s*,\\s*")).map(String::strip).toList();
    }
}
