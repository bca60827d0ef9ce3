package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.web.StepHandler;
import com.buyerjourneykit.reference.web.StepAnswer;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.function.Function;

/** This section's answers and refusals as step answers, the same for REST and pages. */
final class PaymentAnswers {
    private PaymentAnswers() {
    }

    static StepHandler answering(Function<StepRequest, StepAnswer> step) {
        return request -> {
            try {
                return step.apply(request);
            } catch (PaymentRefusal refusal) {
                return refusal.answer();
            }
        };
    }
}
