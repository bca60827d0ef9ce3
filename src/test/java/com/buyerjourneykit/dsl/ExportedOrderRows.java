package com.buyerjourneykit.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a downloaded order report, read as RFC 4180 CSV (quoted fields, doubled quotes,
 * CRLF), each a map from the header's column names. A leading apostrophe that only keeps a
 * spreadsheet from running a cell as a formula ({@code '+86 …}) is not part of the value, nor is
 * a byte order mark.
 */
final class ExportedOrderRows {
    /** What a file written for spreadsheets may begin with; not part of the first column's name. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private ExportedOrderRows() {
    }

    static List<Map<String, String>> of(String csv) {
        List<List<String>> records = records(csv.startsWith(BYTE_ORDER_MARK) ? csv.substring(1) : csv);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int column = 0; column < records.get(0).size(); column++) {
                row.put(records.get(0).get(column), column < record.size() ? unguarded(record.get(column)) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < csv.length(); index++) {
            char next = csv.charAt(index);
            if (quoted && next == '"' && index + 1 < csv.length() && csv.charAt(index + 1) == '"') {
                field.append('"');
                index++;
            } else if (next == '"') {
                quoted = !quoted;
            } else if (!quoted && next == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (!quoted && (next == '\n' || next == '\r')) {
                if (next == '\n' || !csv.startsWith("\n", index + 1)) {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                }
            } else {
                field.append(next);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static String unguarded(String value) {
        return value.matches("'[=+\\-@].*") ? value.substring(1) : value;
    }
}
