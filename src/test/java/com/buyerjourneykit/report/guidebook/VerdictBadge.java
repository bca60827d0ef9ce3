package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;

/** A verdict as a coloured word; the CSS class carries the colour, the word the meaning. */
public final class VerdictBadge {
    private VerdictBadge() {
    }

    public static String html(Verdict verdict, String text) {
        return "<span class=\"v " + cssClass(verdict) + "\">" + Inline.escape(text) + "</span>";
    }

    /** How many scenarios had this verdict: a sign and a number, its word in the tooltip. */
    static String tally(Verdict verdict, long count, String word) {
        return "<span class=\"v " + cssClass(verdict) + "\" title=\"" + Inline.escape(word) + "\">" + sign(verdict)
                + " " + count + "</span>";
    }

    static String sign(Verdict verdict) {
        return verdict == Verdict.PASSED ? "✓" : verdict == Verdict.FAILED ? "✗" : "–";
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
