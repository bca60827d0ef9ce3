package com.buyerjourneykit.conformance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The run's requirements in ID order, each with its verdict, and the score: passed of applicable, in percent. */
public record RequirementVerdicts(List<RequirementVerdict> all) {

    public static RequirementVerdicts of(List<ScenarioRun> runs) {
        Map<String, List<ScenarioRun>> byRequirement = new TreeMap<>();
        runs.forEach(run -> run.requirements().forEach(id -> byRequirement.computeIfAbsent(id, key -> new ArrayList<>()).add(run)));
        List<RequirementVerdict> verdicts = new ArrayList<>();
        byRequirement.forEach((id, itsRuns) -> verdicts.add(RequirementVerdict.of(id, itsRuns)));
        return new RequirementVerdicts(List.copyOf(verdicts));
    }

    public long count(RunStatus status) {
        return all.stream().filter(verdict -> verdict.status() == status).count();
    }

    public List<String> ids(RunStatus status) {
        return all.stream().filter(verdict -> verdict.status() == status).map(RequirementVerdict::id).toList();
    }

    /** Passed of applicable requirements as a percentage with one decimal (half up); empty when none applied. */
    public Optional<BigDecimal> score() {
        long applicable = count(RunStatus.PASSED) + count(RunStatus.FAILED);
        if (applicable == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count(RunStatus.PASSED) * 100).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP));
    }
}
