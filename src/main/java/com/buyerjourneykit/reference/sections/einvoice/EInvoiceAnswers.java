package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.web.StepAnswer;
import com.buyerjourneykit.reference.web.StepHandler;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.function.Function;

/** The section's outcomes and its own refusals as answers, the same for REST and pages. */
final class EInvoiceAnswers {
    private EInvoiceAnswers() {
    }

    static StepHandler answering(Function<StepRequest, EInvoiceOutcome> step) {
        return request -> {
            try {
                return of(step.apply(request));
            } catch (EInvoiceRefusal refusal) {
                return of(refusal.outcome());
            }
        };
    }

    private static StepAnswer of(EInvoiceOutcome outcome) {
        StepAnswer answer = outcome.isSuccess() ? StepAnswer.success(outcome.status(), outcome.outcome())
                : StepAnswer.refusal(outcome.status(), outcome.outcome(), outcome.message());
        outcome.facts().forEach(answer::with);
        return answer;
    }
}
