package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.ProviderOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's outcome as an answer: accepted with the step's success status, refused with 422
 * (429 when a code was asked for too early), every fact carried, and the attempts left or the
 * seconds to wait shown in the page's message.
 */
public final class OutcomeAnswers {
    private static final List<String> SHOWN = List.of("remainingAttempts", "retryAfterSeconds");

    private OutcomeAnswers() {
    }

    /** {@code messages}: each refusal's words for REST, by outcome id. */
    public static StepAnswer of(ProviderOutcome outcome, int successStatus, Map<String, String> messages) {
        if (outcome.accepted()) {
            StepAnswer answer = StepAnswer.success(successStatus, outcome.id());
            outcome.facts().forEach(answer::with);
            return answer;
        }
        Optional<String> shown = SHOWN.stream().filter(outcome.facts()::containsKey).findFirst();
        String message = messages.getOrDefault(outcome.id(), outcome.id())
                + shown.map(fact -> " (" + fact + " " + outcome.facts().get(fact) + ")").orElse("");
        StepAnswer answer = StepAnswer.refusal("resend-too-early".equals(outcome.id()) ? 429 : 422, outcome.id(), message);
        outcome.facts().forEach(answer::with);
        shown.ifPresent(fact -> answer.showing(fact, outcome.facts().get(fact)));
        return answer;
    }
}
