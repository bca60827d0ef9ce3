package com.buyerjourneykit.reference.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What a buyer who comes back sees: each guide step's status and the next thing to do (JRN-01, JRN-04). */
public record Progress(Map<GuideStep, StepStatus> guideSteps, Optional<JourneyStep> next) {

    public static Progress of(Journey journey) {
        Map<GuideStep, StepStatus> guide = new LinkedHashMap<>();
        for (GuideStep step : GuideStep.values()) {
            guide.put(step, statusOf(journey, step));
        }
        return new Progress(guide, nextStep(journey));
    }

    private static StepStatus statusOf(Journey journey, GuideStep guideStep) {
        boolean any = false;
        boolean allFinished = true;
        boolean allSkipped = true;
        for (JourneyStep step : JourneyStep.values()) {
            if (step.guideStep() == guideStep) {
                any = true;
                allFinished &= journey.isFinished(step);
                allSkipped &= journey.statusOf(step) == StepStatus.SKIPPED;
            }
        }
        if (!any || !allFinished) {
            return StepStatus.TODO;
        }
        return allSkipped ? StepStatus.SKIPPED : StepStatus.DONE;
    }

    private static Optional<JourneyStep> nextStep(Journey journey) {
        for (JourneyStep step : JourneyStep.values()) {
            if (!journey.isFinished(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
