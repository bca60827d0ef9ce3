package com.buyerjourneykit.report.matrix;

import com.buyerjourneykit.report.Inline;
import com.buyerjourneykit.report.RequirementCatalogue;
import com.buyerjourneykit.report.guidebook.PageFrame;
import com.buyerjourneykit.report.guidebook.PageWords;
import java.util.List;
import java.util.Locale;

/** The matrix as one table: a row per requirement, a column per language and channel. */
final class MatrixPage {
    private static final String TITLE = "Requirement matrix";

    private MatrixPage() {
    }

    static String html(Matrix matrix, List<String> ids, List<String> languages, String runTime) {
        StringBuilder body = new StringBuilder("<header>\n<h1>" + TITLE + "</h1>\n<p class=\"sub\">Generated from the run of ")
                .append(Inline.escape(runTime)).append(" · <a href=\"matrix.json\">matrix.json</a>")
                .append(" · <a href=\"../guidebook/index.html\">Illustrated guidebooks</a></p>\n")
                .append(legend()).append("</header>\n<main>\n<table>\n").append(head(languages));
        for (String id : ids) {
            body.append("<tr><th id=\"").append(Inline.escape(id.toLowerCase(Locale.ROOT))).append("\">")
                    .append(Inline.escape(id)).append("</th><td class=\"text\">")
                    .append(Inline.html(RequirementCatalogue.text("en", id))).append("</td>");
            for (String language : languages) {
                Matrix.CHANNELS.forEach(channel -> body.append(MatrixCellHtml.html(matrix.cell(id, language, channel))));
            }
            body.append("</tr>\n");
        }
        return PageFrame.page("en", TITLE, body.append("</table>\n</main>\n").toString());
    }

    private static String legend() {
        StringBuilder html = new StringBuilder("<dl class=\"req\">\n");
        for (CellState state : CellState.values()) {
            html.append("<dt>").append(MatrixCellHtml.badge(state, state.shown())).append("</dt><dd>")
                    .append(Inline.escape(MatrixLegend.meaning(state))).append("</dd>\n");
        }
        return html.append("</dl>\n").toString();
    }

    private static String head(List<String> languages) {
        StringBuilder first = new StringBuilder("<thead><tr><th rowspan=\"2\">ID</th><th rowspan=\"2\">Requirement</th>");
        StringBuilder second = new StringBuilder("<tr>");
        for (String language : languages) {
            first.append("<th class=\"lang\" colspan=\"2\" lang=\"").append(Inline.escape(language)).append("\">")
                    .append(Inline.escape(PageWords.of(language).languageName())).append("</th>");
            Matrix.CHANNELS.forEach(channel -> second.append("<th>").append(channel).append("</th>"));
        }
        return first.append("</tr>\n").append(second).append("</tr></thead>\n").toString();
    }
}
