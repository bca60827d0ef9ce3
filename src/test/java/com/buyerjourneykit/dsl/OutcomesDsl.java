package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.JourneyDriver;

/**
 * What the system answered, in the words every section shares: an outcome, a field that breaks a
 * rule, a step refused until an earlier one is finished or because it is done, the next step.
 */
public final class OutcomesDsl {
    private final JourneyContext journey;

    public OutcomesDsl(JourneyContext journey) {
        this.journey = journey;
    }

    public Answer assertOutcome(String expected) {
        Answer answer = journey.lastAnswer();
        assertThat(answer.outcome()).as("outcome (whole answer: %s)", answer).isEqualTo(expected);
        return answer;
    }

    public void assertFieldRefused(String field, String rule) {
        Answer answer = assertOutcome("invalid-field");
        assertThat(answer.fact("field") + " / " + answer.fact("rule")).as("field / rule").isEqualTo(field + " / " + rule);
    }

    public void assertStepNotReady(String missingStep) {
        assertThat(assertOutcome("step-not-ready").fact("missingStep")).as("the step to finish first").isEqualTo(missingStep);
    }

    public void assertStepAlreadyDone(String doneStep) {
        assertThat(assertOutcome("step-already-done").fact("doneStep")).as("the step already done").isEqualTo(doneStep);
    }

    /** Reads the buyer's progress without replacing the last answer: a Then step that follows still sees the step's answer. */
    public void assertNextStep(String nextStep) {
        Answer progress = journey.driver(JourneyDriver.class).progress(journey.journeys().of(BuyersDsl.BUYER));
        assertThat(progress.fact("next")).as("the journey's next step (%s)", progress).isEqualTo(nextStep);
    }
}
