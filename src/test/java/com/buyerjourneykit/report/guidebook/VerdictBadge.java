package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;

/** A verdict as a coloured word; the CSS class carries the colour, the word the meaning. */
public final class VerdictBadge {
    private VerdictBadge() {
    }

    public static String html(Verdict verdict, String text) {
        return "<span class=\"v " + cssClass(verdict) + "\">" + Inline.escape(text) + "</span>";
    }

    public static String cssClass(Verdict verdict) {
        switch (verdict) {
            case PASSED:
                return "passed";
            case FAILED:
                return "failed";
            default:
                return "na";
        }
    }
}
