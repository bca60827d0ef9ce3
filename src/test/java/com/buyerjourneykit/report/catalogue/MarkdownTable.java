package com.buyerjourneykit.report.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A GitHub table: a cell's own '|' is escaped so that prose never splits a row. */
final class MarkdownTable {
    private MarkdownTable() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder table = new StringBuilder(row(header));
        table.append(header.stream().map(cell -> "---").collect(Collectors.joining("|", "|", "|\n")));
        rows.forEach(cells -> table.append(row(cells)));
        return table.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(cell -> " " + cell.replace("|", "\\|") + " ").collect(Collectors.joining("|", "|", "|\n"));
    }
}
