package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's steps, each sentence beside the screen the browser showed after it. A screen the
 * same as the step before it is said, not shown again: the reader sees what each step changed.
 */
final class StepsHtml {
    private final ImageShelf shelf;
    private final PageWords words;

    StepsHtml(ImageShelf shelf, PageWords words) {
        this.shelf = shelf;
        this.words = words;
    }

    /** {@code withScreens}: the browser ran them; else the sentences take the whole width. */
    String html(List<StepRun> steps, boolean withScreens) {
        StringBuilder html = new StringBuilder(withScreens ? "<ol class=\"steps\">\n" : "<ol class=\"steps text\">\n");
        String previous = "";
        for (StepRun step : steps) {
            Optional<String> picture = step.screen().flatMap(shelf::place);
            html.append("<li class=\"step ").append(VerdictBadge.cssClass(step.verdict())).append("\"><p>")
                    .append(mark(step.verdict())).append(Inline.escape(step.sentence())).append("</p>")
                    .append(picture.isPresent() ? screen(picture.get(), step.sentence(), previous) : "<div></div>")
                    .append("</li>\n");
            previous = picture.orElse(previous);
        }
        return html.append("</ol>\n").toString();
    }

    /** Only a failed step says so in words: a step after it was not run, which is no verdict of its own. */
    private String mark(Verdict verdict) {
        return "<span class=\"mark\" title=\"" + Inline.escape(words.verdict(verdict)) + "\">" + VerdictBadge.sign(verdict) + "</span>"
                + (verdict == Verdict.FAILED ? VerdictBadge.html(verdict, words.verdict(verdict)) + " " : "");
    }

    private String screen(String address, String sentence, String previous) {
        if (address.equals(previous)) {
            return "<p class=\"same\">" + Inline.escape(words.unchanged()) + "</p>";
        }
        String link = Inline.escape(address);
        return "<figure><a href=\"" + link + "\"><img src=\"" + link + "\" alt=\"" + Inline.escape(sentence)
                + "\" loading=\"lazy\"></a></figure>";
    }
}
