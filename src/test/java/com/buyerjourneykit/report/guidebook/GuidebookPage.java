package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;
import com.buyerjourneykit.report.SectionTitles;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One language's guidebook: the guide's sections in the guide's order, each scenario illustrated. */
final class GuidebookPage {
    private final String language;
    private final PageWords words;
    private final ScenarioHtml scenarios;

    GuidebookPage(String language, ImageShelf shelf) {
        this.language = language;
        this.words = PageWords.of(language);
        this.scenarios = new ScenarioHtml(language, words, shelf);
    }

    /** {@code sections}: section folder → its scenarios, in the guide's order. */
    String html(Map<String, List<GuideScenario>> sections, String runTime) {
        String guide = SectionTitles.of(language, "00-journey").replaceFirst("^0\\. ", "");
        StringBuilder body = new StringBuilder("<header>\n<p class=\"crumbs\"><a href=\"../index.html\">")
                .append(Inline.escape(words.allGuides())).append("</a></p>\n<h1>").append(Inline.escape(guide))
                .append("</h1>\n<p class=\"sub\">").append(Inline.escape(words.title())).append(" · ")
                .append(Inline.escape(words.generated())).append(' ').append(Inline.escape(runTime)).append("</p>\n")
                .append(legend()).append("</header>\n").append(contents(sections)).append("<main>\n");
        sections.forEach((folder, list) -> body.append(section(folder, list)));
        body.append("</main>\n");
        return PageFrame.page(language, guide + " — " + words.title(), body.toString());
    }

    private String legend() {
        return "<p class=\"legend\">" + Inline.escape(words.legend()) + ": "
                + VerdictBadge.html(Verdict.PASSED, words.passed()) + " "
                + VerdictBadge.html(Verdict.FAILED, words.failed()) + " "
                + VerdictBadge.html(Verdict.NOT_APPLICABLE, words.notApplicable()) + "</p>\n";
    }

    private String contents(Map<String, List<GuideScenario>> sections) {
        StringBuilder html = new StringBuilder("<nav>\n<h2>").append(Inline.escape(words.contents())).append("</h2>\n<ul>\n");
        sections.forEach((folder, list) -> html.append("<li><a href=\"#").append(anchor(folder)).append("\">")
                .append(Inline.escape(SectionTitles.of(language, folder))).append("</a> ").append(tally(list))
                .append("</li>\n"));
        return html.append("</ul>\n</nav>\n").toString();
    }

    /** Signs and numbers, the word in a tooltip: "4 пройден" would not read as Russian. */
    private String tally(List<GuideScenario> list) {
        StringBuilder html = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            long count = list.stream().filter(scenario -> scenario.verdict() == verdict).count();
            if (count > 0) {
                html.append(VerdictBadge.tally(verdict, count, words.verdict(verdict))).append(' ');
            }
        }
        return html.toString();
    }

    private String section(String folder, List<GuideScenario> list) {
        StringBuilder html = new StringBuilder("<section id=\"").append(anchor(folder)).append("\">\n<h2>")
                .append(Inline.escape(SectionTitles.of(language, folder))).append("</h2>\n");
        if (list.isEmpty()) {
            html.append("<p class=\"same\">").append(Inline.escape(words.noResults())).append("</p>\n");
        }
        String feature = null;
        for (GuideScenario scenario : list) {
            if (!Objects.equals(feature, scenario.shown().feature())) {
                feature = scenario.shown().feature();
                html.append("<h3>").append(Inline.escape(feature)).append("</h3>\n");
            }
            html.append(scenarios.html(scenario));
        }
        return html.append("</section>\n").toString();
    }

    private static String anchor(String folder) {
        return "s-" + Inline.escape(folder);
    }
}
