package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.web.StepAnswer;
import com.buyerjourneykit.reference.web.StepHandler;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.function.Function;

/** Ordering outcomes and this section's own refusals (422s) as answers, the same for REST and pages. */
final class OrderingAnswers {
    private OrderingAnswers() {
    }

    static StepHandler answering(Function<StepRequest, OrderingOutcome> step) {
        return request -> {
            try {
                return of(step.apply(request));
            } catch (OrderRefusal refusal) {
                return of(refusal.outcome());
            }
        };
    }

    private static StepAnswer of(OrderingOutcome outcome) {
        StepAnswer answer = outcome.status() < 300 ? StepAnswer.success(outcome.status(), outcome.outcome())
                : StepAnswer.refusal(outcome.status(), outcome.outcome(), outcome.message());
        outcome.facts().forEach((fact, value) -> {
            if (fact.equals(outcome.shownFact())) {
                answer.showing(fact, value);
            } else {
                answer.with(fact, value);
            }
        });
        return answer;
    }
}
