package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;
import com.buyerjourneykit.report.SectionTitles;
import java.util.List;

/** The page that leads to each language's guidebook, each named in its own language. */
final class GuidebookIndex {
    private GuidebookIndex() {
    }

    static String html(List<String> languages, String runTime) {
        StringBuilder body = new StringBuilder("<header>\n<h1>").append(Inline.escape(PageWords.of("en").title()))
                .append("</h1>\n<p class=\"sub\">").append(Inline.escape(PageWords.of("en").generated())).append(' ')
                .append(Inline.escape(runTime)).append("</p>\n</header>\n<main>\n<ul>\n");
        for (String language : languages) {
            PageWords words = PageWords.of(language);
            body.append("<li lang=\"").append(Inline.escape(language)).append("\"><a href=\"")
                    .append(Inline.escape(language)).append("/index.html\">").append(Inline.escape(words.languageName()))
                    .append(" — ").append(Inline.escape(words.title())).append("</a>: ")
                    .append(Inline.escape(SectionTitles.of(language, "00-journey").replaceFirst("^0\\. ", "")))
                    .append("</li>\n");
        }
        body.append("</ul>\n<p><a href=\"../matrix/index.html\">Requirement matrix</a>: every requirement × language × channel.</p>\n");
        return PageFrame.page("en", PageWords.of("en").title(), body.append("</main>\n").toString());
    }
}
