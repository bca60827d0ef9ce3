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
                return of(step.apply(request));
            } catch (SectionRefusal refusal) {
                return of(refusal.outcome());
            }
        };
    }

    private static StepAnswer of(SectionOutcome outcome) {
        StepAnswer answer = outcome.isSuccess() ? StepAnswer.success(outcome.status(), outcome.outcome())
                : StepAnswer.refusal(outcome.status(), outcome.outcome(), outcome.message());
        outcome.facts().forEach((fact, value) -> {
            if (outcome.shownFact().filter(fact::equals).isPresent()) {
                answer.showing(fact, value);
            } else {
                answer.with(fact, value);
            }
        });
        return answer;
    }
}
