package com.buyerjourneykit.report;

import java.util.Map;

/** One document the build writes beside the report: its title, what it shows, and its pages by name (none: not written). */
record ReportDocument(String title, String purpose, Map<String, String> pages) {

    boolean written() {
        return !pages.isEmpty();
    }
}
