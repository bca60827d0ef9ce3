package com.buyerjourneykit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue as one HTML page: the few Markdown forms it uses (headings, paragraphs, emphasis,
 * code, links between the language files), each heading with the anchor GitHub gives it, so a
 * link such as {@code ru.html#ali-02} lands on the same requirement as {@code ru.md#ali-02}.
 */
final class CataloguePage {
    private static final String STYLE = "body{font:16px/1.5 system-ui,'Noto Sans CJK SC',sans-serif;max-width:46em;"
            + "margin:2em auto;padding:0 1em;color:#222}h3{margin:1.2em 0 .2em;font-size:1em}"
            + "h3+p{margin-top:0}:target,:target+p{background:#fff3c4}code{background:#f2f2f2;padding:0 .2em}";

    private CataloguePage() {
    }

    static String html(CatalogueFile catalogue) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(catalogue.language())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Inline.html(catalogue.title()))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        List<String> paragraph = new ArrayList<>();
        for (String line : catalogue.lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                flush(paragraph, page);
            }
            if (line.startsWith("#")) {
                page.append(heading(line)).append('\n');
            } else if (!line.isBlank()) {
                paragraph.add(line);
            }
        }
        flush(paragraph, page);
        return page.append("</body>\n</html>\n").toString();
    }

    private static void flush(List<String> paragraph, StringBuilder page) {
        if (!paragraph.isEmpty()) {
            page.append("<p>").append(Inline.html(Paragraphs.join(paragraph))).append("</p>\n");
            paragraph.clear();
        }
    }

    /** {@code ### ALI-02} → {@code <h3 id="ali-02">}; {@code ## ALI — …} → {@code <h2 id="ali">}. */
    private static String heading(String line) {
        int level = line.indexOf(' ');
        String text = line.substring(level).trim();
        String anchor = text.split("[\\s—]+")[0].toLowerCase(Locale.ROOT);
        String id = level == 1 ? "" : " id=\"" + Inline.escape(anchor) + "\"";
        return "<h" + level + id + ">" + Inline.html(text) + "</h" + level + ">";
    }
}
