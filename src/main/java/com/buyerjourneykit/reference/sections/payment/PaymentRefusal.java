package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.web.StepAnswer;

/** A refusal of paying (wrong password, balance not enough, method not offered…): its answer, status, outcome and facts. */
final class PaymentRefusal extends RuntimeException {
    private final transient StepAnswer answer;

    PaymentRefusal(int status, String outcome, String message) {
        super(message);
        this.answer = StepAnswer.refusal(status, outcome, message);
    }

    PaymentRefusal with(String fact, Object value) {
        answer.with(fact, value);
        return this;
    }

    /** The fact the page's message shows, e.g. the attempts left. */
    PaymentRefusal showing(String fact, Object value) {
        answer.showing(fact, value);
        return this;
    }

    StepAnswer answer() {
        return answer;
    }
}
