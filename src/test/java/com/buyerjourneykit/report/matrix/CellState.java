package com.buyerjourneykit.report.matrix;

/**
 * What the run says of one requirement in one language on one channel. {@link #NOT_IN_BROWSER_SET}
 * is the browser column's "—": the language's REST scenarios carry the requirement, no {@code @ui}
 * scenario does; {@link #MISSING} means no scenario of that language and channel carries it at all.
 */
public enum CellState {
    PASSED("passed", "passed", "passed"),
    FAILED("failed", "failed", "failed"),
    NOT_APPLICABLE("not-applicable", "not applicable", "na"),
    NOT_IN_BROWSER_SET("not-in-browser-set", "—", "na"),
    MISSING("missing", "missing", "missing");

    private final String code;
    private final String shown;
    private final String cssClass;

    CellState(String code, String shown, String cssClass) {
        this.code = code;
        this.shown = shown;
        this.cssClass = cssClass;
    }

    /** The value in matrix.json. */
    public String code() {
        return code;
    }

    /** The colour of the page's cell (PageFrame's style). */
    public String cssClass() {
        return cssClass;
    }

    /** The word in the page's cell. */
    public String shown() {
        return shown;
    }
}
