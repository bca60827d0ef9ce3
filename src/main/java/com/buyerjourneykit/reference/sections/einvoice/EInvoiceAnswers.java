package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.web.StepAnswer;
import com.buyerjourneykit.reference.web.StepHandler;
import com.buyerjourneykit.reference.web.StepRequest;
import java.util.function.Function;

/** The section's answers and its own refusals, the same for REST and pages. */
final class EInvoiceAnswers {
    private EInvoiceAnswers() {
    }

    static StepHandler answering(Function<StepRequest, StepAnswer> step) {
        return request -> {
            try {
                return step.apply(request);
            } catch (EInvoiceRefusal refusal) {
                return refusal.answer();
            }
        };
    }
}
