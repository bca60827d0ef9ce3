package com.buyerjourneykit.reference.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a buyer who comes back sees: each guide step's status and the next thing to do (JRN-01, JRN-04). */
public record Progress(Map<GuideStep, StepStatus> guideSteps, Optional<JourneyStep> next) {

    public static Progress of(Journey journey, JourneySteps steps) {
        Map<GuideStep, StepStatus> guide = new LinkedHashMap<>();
        for (GuideStep step : GuideStep.values()) {
            guide.put(step, statusOf(journey, steps.of(step)));
        }
        return new Progress(guide, nextStep(journey, steps));
    }

    private static StepStatus statusOf(Journey journey, List<JourneyStep> steps) {
        boolean allFinished = true;
        boolean allSkipped = true;
        for (JourneyStep step : steps) {
            allFinished &= journey.isFinished(step);
            allSkipped &= journey.statusOf(step) == StepStatus.SKIPPED;
        }
        if (steps.isEmpty() || !allFinished) {
            return StepStatus.TODO;
        }
        return allSkipped ? StepStatus.SKIPPED : StepStatus.DONE;
    }

    private static Optional<JourneyStep> nextStep(Journey journey, JourneySteps steps) {
        for (JourneyStep step : steps.all()) {
            if (!journey.isFinished(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
