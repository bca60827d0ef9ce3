package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;
import com.buyerjourneykit.report.RequirementCatalogue;

/** One scenario: its name, its verdict on each channel (with the why), its requirements in words, its steps. */
final class ScenarioHtml {
    /** Enough of a failure's message to recognise it; the Allure report holds the rest. */
    private static final int WHY_LENGTH = 600;
    private final String language;
    private final PageWords words;
    private final StepsHtml steps;

    ScenarioHtml(String language, PageWords words, ImageShelf shelf) {
        this.language = language;
        this.words = words;
        this.steps = new StepsHtml(shelf, words);
    }

    String html(GuideScenario scenario) {
        ScenarioRun shown = scenario.shown();
        StringBuilder html = new StringBuilder("<article class=\"scenario\">\n<h4>")
                .append(Inline.escape(shown.name())).append(' ');
        scenario.runs().forEach(run -> html.append(' ').append(VerdictBadge.html(run.verdict(),
                words.channel(run.channel()) + ": " + words.verdict(run.verdict()))));
        html.append("</h4>\n");
        scenario.runs().stream().filter(run -> !run.why().isEmpty()).forEach(run -> html.append(why(run)));
        html.append(requirements(shown));
        if (!scenario.hasScreens()) {
            html.append("<p class=\"same\">").append(Inline.escape(words.restOnly())).append("</p>\n");
        }
        return html.append(steps.html(shown.steps(), scenario.hasScreens())).append("</article>\n").toString();
    }

    private String why(ScenarioRun run) {
        String text = run.why().length() > WHY_LENGTH ? run.why().substring(0, WHY_LENGTH) + "…" : run.why();
        return "<p class=\"why\">" + VerdictBadge.html(run.verdict(), words.channel(run.channel())) + " "
                + Inline.escape(text) + "</p>\n";
    }

    private String requirements(ScenarioRun run) {
        if (run.requirements().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<dl class=\"req\" title=\"" + Inline.escape(words.requirements()) + "\">");
        for (String id : run.requirements()) {
            html.append("<dt>").append(Inline.escape(id)).append("</dt><dd>")
                    .append(Inline.html(RequirementCatalogue.text(language, id))).append("</dd>");
        }
        return html.append("</dl>\n").toString();
    }
}
