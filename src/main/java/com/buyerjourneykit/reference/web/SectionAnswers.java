package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.SectionRefusal;
import java.util.function.Function;

/** A section's outcomes and refusals as answers, the same for REST and pages. */
public final class SectionAnswers {
    private SectionAnswers() {
    }

    public static StepHandler answering(Function<StepRequest, SectionOutcome> step) {
        return request -> {
            try {
                return StepAnswer.of(step.apply(request));
            } catch (SectionRefusal refusal) {
                return StepAnswer.of(refusal.outcome());
            }
        };
    }
}
