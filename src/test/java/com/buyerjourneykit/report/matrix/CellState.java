package com.buyerjourneykit.report.matrix;

/**
 * What the run says of one requirement in one language on one channel. {@link #NOT_IN_BROWSER_SET}
 * is the browser column's "—": the language's REST scenarios carry the requirement, no {@code @ui}
 * scenario does; {@link #MISSING} means no scenario of that language and channel carries it at all.
 */
public enum CellState {
    PASSED("passed", "passed"),
    FAILED("failed", "failed"),
    NOT_APPLICABLE("not-applicable", "not applicable"),
    NOT_IN_BROWSER_SET("not-in-browser-set", "—"),
    MISSING("missing", "missing");

    private final String code;
    private final String shown;

    CellState(String code, String shown) {
        this.code = code;
        this.shown = shown;
    }

    /** The value in matrix.json. */
    public String code() {
        return code;
    }

    /** The word in the page's cell. */
    public String shown() {
        return shown;
    }
}
