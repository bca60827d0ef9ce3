package com.buyerjourneykit.report.matrix;

import com.buyerjourneykit.report.Inline;

/** One cell: its state as a coloured word, how many scenarios back it, and the why of a failure or a left-out run. */
final class MatrixCellHtml {
    private MatrixCellHtml() {
    }

    static String html(Cell cell) {
        String count = cell.scenarios().isEmpty() ? "" : " (" + cell.scenarios().size() + ")";
        String title = String.join("\n", cell.scenarios());
        StringBuilder html = new StringBuilder("<td title=\"").append(Inline.escape(title)).append("\">")
                .append(badge(cell.state(), cell.state().shown() + count));
        cell.why().forEach(why -> html.append("<div class=\"why\">").append(Inline.escape(why)).append("</div>"));
        return html.append("</td>").toString();
    }

    static String badge(CellState state, String text) {
        return "<span class=\"v " + state.cssClass() + "\">" + Inline.escape(text) + "</span>";
    }
}
