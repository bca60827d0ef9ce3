package com.buyerjourneykit.report;

import java.util.List;
import java.util.Map;

/** The page that lists the documents beside the report, with a link to each page that was written. */
final class DocumentsPage {
    private DocumentsPage() {
    }

    static String html(List<ReportDocument> documents) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Buyer Journey Kit: documents of this run</title>
                <style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}
                .absent{color:#777}a{margin-right:1em}</style>
                </head>
                <body>
                <h1>Documents of this run</h1>
                <p><a href="index.html">← The report (Allure)</a></p>
                <dl>
                """);
        documents.forEach(document -> page.append(entry(document)));
        return page.append("</dl>\n</body>\n</html>\n").toString();
    }

    private static String entry(ReportDocument document) {
        String title = "<dt><strong>" + Inline.escape(document.title()) + "</strong> — " + Inline.escape(document.purpose()) + "</dt>\n";
        if (!document.written()) {
            return title + "<dd class=\"absent\">Not written by this run.</dd>\n";
        }
        StringBuilder links = new StringBuilder("<dd>");
        for (Map.Entry<String, String> link : document.pages().entrySet()) {
            links.append("<a href=\"").append(Inline.escape(link.getValue())).append("\">")
                    .append(Inline.escape(link.getKey())).append("</a>");
        }
        return title + links.append("</dd>\n");
    }
}
