package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.web.StepAnswer;
import com.buyerjourneykit.reference.web.StepHandler;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.function.Function;

/** This section's outcomes and refusals as step answers, the same for REST and pages. */
final class PaymentAnswers {
    private PaymentAnswers() {
    }

    static StepHandler answering(Function<StepRequest, PaymentOutcome> step) {
        return request -> {
            try {
                PaymentOutcome outcome = step.apply(request);
                return of(StepAnswer.success(outcome.status(), outcome.outcome()), outcome);
            } catch (PaymentRefusal refusal) {
                PaymentOutcome outcome = refusal.outcome();
                return of(StepAnswer.refusal(outcome.status(), outcome.outcome(), refusal.getMessage()), outcome);
            }
        };
    }

    private static StepAnswer of(StepAnswer answer, PaymentOutcome outcome) {
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
