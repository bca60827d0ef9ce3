package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.web.StepAnswer;
import com.buyerjourneykit.reference.web.StepHandler;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.function.Function;

/** Top-up outcomes and refusals as answers, the same for REST and pages. */
final class TopUpAnswers {
    private TopUpAnswers() {
    }

    static StepHandler answering(Function<StepRequest, TopUpOutcome> step) {
        return request -> {
            try {
                return of(step.apply(request));
            } catch (TopUpRefusal refusal) {
                StepAnswer answer = StepAnswer.refusal(refusal.outcome().status(), refusal.outcome().outcome(), refusal.getMessage());
                refusal.outcome().facts().forEach(answer::with);
                return answer;
            }
        };
    }

    private static StepAnswer of(TopUpOutcome outcome) {
        StepAnswer answer = StepAnswer.success(outcome.status(), outcome.outcome());
        outcome.facts().forEach(answer::with);
        return answer;
    }
}
