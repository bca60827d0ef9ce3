package com.buyerjourneykit.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summary as plain maps in a fixed key order, so summary.json reads the same for the same run. */
final class SummaryJson {
    private SummaryJson() {
    }

    static Map<String, Object> of(ConformanceSummary summary) {
        RunContext context = summary.context();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", summary.passes() ? "pass" : "fail");
        json.put("problems", summary.problems());
        json.put("score", summary.requirements().score().map(score -> score.toPlainString()).orElse(null));
        json.put("kit", ordered("name", "Buyer Journey Kit", "version", context.kitVersion()));
        json.put("specification", ordered("trees", List.of("features", "stubs"), "sha256", context.specificationSha256()));
        json.put("system", ordered("url", context.system(), "driver", context.driver(), "simulator", context.simulator()));
        json.put("profile", ordered("name", context.profile().name(), "description", context.profile().description(),
                "scenarios", context.profile().scenarios(), "channels", context.profile().channels()));
        json.put("requirementCounts", counts(summary.requirements().count(RunStatus.PASSED), summary.requirements().count(RunStatus.FAILED),
                summary.requirements().count(RunStatus.NOT_APPLICABLE)));
        json.put("runCounts", counts(summary.runs(RunStatus.PASSED), summary.runs(RunStatus.FAILED), summary.runs(RunStatus.NOT_APPLICABLE)));
        json.put("baseline", baseline(summary));
        json.put("requirements", summary.requirements().all().stream().map(SummaryJson::requirement).toList());
        return json;
    }

    private static Map<String, Object> baseline(ConformanceSummary summary) {
        BaselineVerdict verdict = summary.baselineVerdict();
        return ordered("file", summary.baseline().source(), "entries", summary.baseline().entries().size(),
                "verdict", verdict.passes() ? "pass" : "fail",
                "newFailures", verdict.newFailures().stream().map(ScenarioRun::describe).toList(),
                "stale", verdict.stale().stream().map(entry -> "line " + entry.line() + ": " + entry.text()).toList(),
                "knownFailures", verdict.knownFailures().stream().map(ScenarioRun::describe).toList());
    }

    private static Map<String, Object> requirement(RequirementVerdict verdict) {
        return ordered("id", verdict.id(), "status", status(verdict.status()),
                "runs", counts(verdict.count(RunStatus.PASSED), verdict.count(RunStatus.FAILED), verdict.count(RunStatus.NOT_APPLICABLE)),
                "failed", verdict.runs(RunStatus.FAILED).stream().map(run -> run.describe() + ": " + run.reason()).toList(),
                "notApplicable", verdict.runs(RunStatus.NOT_APPLICABLE).stream().map(ScenarioRun::reason).distinct().sorted().toList());
    }

    static String status(RunStatus status) {
        return switch (status) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    private static Map<String, Object> counts(long passed, long failed, long notApplicable) {
        return ordered("passed", passed, "failed", failed, "notApplicable", notApplicable);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
