package com.buyerjourneykit.report.matrix;

/** What each state of a cell means, for the page's legend and for matrix.json. */
final class MatrixLegend {
    private MatrixLegend() {
    }

    static String meaning(CellState state) {
        switch (state) {
            case PASSED:
                return "every scenario of this language and channel that carries the requirement passed";
            case FAILED:
                return "at least one of them failed";
            case NOT_APPLICABLE:
                return "each was left out of the run (outside the partner's profile, or the system cannot run it); the why is given";
            case NOT_IN_BROWSER_SET:
                return "web column only: this language's REST scenarios carry the requirement, but no browser (@ui) scenario does";
            default:
                return "no scenario of this language carries the requirement on this channel in this run (in the web column: on neither channel)";
        }
    }
}
