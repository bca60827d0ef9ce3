package com.buyerjourneykit.report;

/** Markdown inside a line of the catalogue as HTML; links to a sibling {@code .md} go to its {@code .html}. */
public final class Inline {
    private Inline() {
    }

    public static String html(String markdown) {
        return escape(markdown)
                .replaceAll("`([^`]+)`", "<code>$1</code>")
                .replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>")
                .replaceAll("\\*([^*]+)\\*", "<em>$1</em>")
                .replaceAll("\\[([^\\]]+)\\]\\(([\\w-]+)\\.md\\)", "<a href=\"$2.html\">$1</a>");
    }

    /** The same line as plain text: for a link's name. */
    static String plain(String markdown) {
        return markdown.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("\\*([^*]+)\\*", "$1").replace("`", "");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
