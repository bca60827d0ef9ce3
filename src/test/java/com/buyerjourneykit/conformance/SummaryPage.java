package com.buyerjourneykit.conformance;

import java.util.List;

/** summary.json as one static page: the verdict and score first, then what ran, then each requirement. */
final class SummaryPage {
    private SummaryPage() {
    }

    static String of(ConformanceSummary summary) {
        RunContext context = summary.context();
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Conformance summary</title><style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .6em;"
                + "text-align:left;vertical-align:top}.passed{color:#176f2c}.failed{color:#b00020}.na{color:#666}</style></head><body>");
        page.append("<h1>Conformance summary: <span class=\"").append(summary.passes() ? "passed\">pass" : "failed\">fail")
                .append("</span>, score ").append(escape(summary.requirements().score().map(score -> score + " %").orElse("—")))
                .append("</h1>");
        page.append(list(summary.problems()));
        page.append("<table>").append(row("System", context.system())).append(row("Driver", context.driver()))
                .append(row("Simulator", context.simulator()))
                .append(row("Profile", context.profile().name() + ": " + context.profile().description()))
                .append(row("Kit", context.kitVersion())).append(row("features/ + stubs/ SHA-256", context.specificationSha256()))
                .append(row("Requirements", counts(summary.requirements().count(RunStatus.PASSED),
                        summary.requirements().count(RunStatus.FAILED), summary.requirements().count(RunStatus.NOT_APPLICABLE))))
                .append(row("Scenario runs", counts(summary.runs(RunStatus.PASSED), summary.runs(RunStatus.FAILED),
                        summary.runs(RunStatus.NOT_APPLICABLE))))
                .append(row("Baseline", summary.baseline().source() + ": " + summary.baseline().entries().size() + " known failures, "
                        + (summary.baselineVerdict().passes() ? "pass" : "fail")))
                .append("</table><h2>Requirements</h2><table><tr><th>Requirement</th><th>Verdict</th><th>Runs</th><th>Why</th></tr>");
        summary.requirements().all().forEach(verdict -> page.append(requirementRow(verdict)));
        return page.append("</table></body></html>\n").toString();
    }

    private static String requirementRow(RequirementVerdict verdict) {
        String css = switch (verdict.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_APPLICABLE -> "na";
        };
        List<String> why = verdict.status() == RunStatus.FAILED
                ? verdict.runs(RunStatus.FAILED).stream().map(run -> run.describe() + ": " + run.reason()).toList()
                : verdict.runs(RunStatus.NOT_APPLICABLE).stream().map(ScenarioRun::reason).distinct().sorted().toList();
        return "<tr><td>" + escape(verdict.id()) + "</td><td class=\"" + css + "\">" + SummaryJson.status(verdict.status())
                + "</td><td>" + counts(verdict.count(RunStatus.PASSED), verdict.count(RunStatus.FAILED),
                verdict.count(RunStatus.NOT_APPLICABLE)) + "</td><td>" + list(why) + "</td></tr>";
    }

    private static String counts(long passed, long failed, long notApplicable) {
        return passed + " passed, " + failed + " failed, " + notApplicable + " not applicable";
    }

    private static String row(String name, String value) {
        return "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        return html.append("</ul>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
