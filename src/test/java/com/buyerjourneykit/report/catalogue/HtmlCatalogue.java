package com.buyerjourneykit.report.catalogue;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import java.util.List;

/** reports/catalogue/index.html: both catalogues on one page, for the report's readers. */
final class HtmlCatalogue {
    private static final String STYLE = "body{font:15px/1.5 system-ui,'Noto Sans CJK SC',sans-serif;max-width:70em;margin:2em auto;"
            + "padding:0 1em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #ccc;"
            + "padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}code{background:#f6f6f6;padding:0 .2em}";
    private final List<CatalogueGroup> groups;

    HtmlCatalogue(List<CatalogueGroup> groups) {
        this.groups = groups;
    }

    String page() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Magic values and our choices</title><style>" + STYLE + "</style></head><body>\n"
                + "<h1>Magic values and our choices</h1>\n<p>Generated from the simulator's and the reference app's code: "
                + Catalogues.magicValueCount(groups) + " magic values, " + Catalogues.choiceCount(groups) + " rules the seeds leave open.</p>\n"
                + "<h2 id=\"magic-values\">Magic values</h2>\n");
        page.append(table(List.of("Value", "Where", "Outcome"), groups.stream().flatMap(group -> group.magicValues().stream())
                .map(HtmlCatalogue::cells).toList()));
        page.append("<h2 id=\"choices\">Rules the seeds leave open — our choices</h2>\n");
        groups.stream().filter(group -> !group.choices().isEmpty()).forEach(group -> page.append("<h3>")
                .append(inline(group.title())).append("</h3>\n").append(table(List.of("Rule", "Choice", "Requirement"),
                        group.choices().stream().map(HtmlCatalogue::cells).toList())));
        return page.append("</body></html>\n").toString();
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder table = new StringBuilder("<table><tr>");
        header.forEach(cell -> table.append("<th>").append(cell).append("</th>"));
        table.append("</tr>\n");
        rows.forEach(cells -> {
            table.append("<tr>");
            cells.forEach(cell -> table.append("<td>").append(inline(cell)).append("</td>"));
            table.append("</tr>\n");
        });
        return table.append("</table>\n").toString();
    }

    private static List<String> cells(MagicValue value) {
        return List.of(value.value(), value.where(), value.outcome());
    }

    private static List<String> cells(ChosenRule rule) {
        return List.of(rule.rule(), rule.choice(), rule.requirements());
    }

    /** The catalogue's inline markdown (code spans, bold) as HTML, everything else escaped. */
    static String inline(String markdown) {
        return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("`([^`]+)`", "<code>$1</code>").replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }
}
