package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 text: a field with a comma, quote or line break is quoted, quotes doubled; a field a
 * spreadsheet would run as a formula ({@code = + - @}) is prefixed with an apostrophe.
 */
final class Csv {
    private Csv() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(line(header));
        rows.forEach(row -> text.append(line(row)));
        return text.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
