package com.buyerjourneykit.report.guidebook;

import java.util.List;

/**
 * What a product owner needs to know of an Allure status: it works, it does not, or it was not
 * asked of this system. Allure's {@code broken} and {@code unknown} are failures to a reader.
 */
public enum Verdict {
    PASSED, FAILED, NOT_APPLICABLE;

    /** The reasons a run gives for leaving a scenario out (see the issue 11 contract). */
    private static final List<String> LEFT_OUT = List.of("not applicable:", "cannot run against this system:");

    static Verdict of(String allureStatus) {
        switch (allureStatus == null ? "" : allureStatus) {
            case "passed":
                return PASSED;
            case "skipped":
                return NOT_APPLICABLE;
            default:
                return FAILED;
        }
    }

    /** The why of a left-out scenario, without the prefix that only machines need. */
    static String why(String message) {
        String text = message == null ? "" : message.strip();
        for (String prefix : LEFT_OUT) {
            if (text.startsWith(prefix)) {
                return prefix.equals(LEFT_OUT.get(0)) ? text.substring(prefix.length()).strip() : text;
            }
        }
        return text;
    }
}
