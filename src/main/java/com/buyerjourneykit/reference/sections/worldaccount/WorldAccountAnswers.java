package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.web.StepAnswer;
import java.util.Map;
import java.util.Optional;

/** Turns WorldFirst's outcomes into answers, the same for REST and pages; a refusal's message names what to do. */
final class WorldAccountAnswers {
    private static final Map<String, String> REFUSALS = Map.of(
            "resend-too-early", "a new code can be sent once the countdown ends",
            "wrong-code", "the code is wrong",
            "code-expired", "the code is valid for 10 minutes and has expired; send a new one",
            "code-locked", "too many wrong entries locked the code; send a new one",
            "code-used", "the code has already been used",
            "code-not-sent", "no code was sent to this mobile or e-mail yet; send one first",
            "world-account-exists", "a World Account with this mobile or e-mail already exists");

    private WorldAccountAnswers() {
    }

    static StepAnswer of(WorldAccountOutcome outcome) {
        if (outcome.accepted()) {
            StepAnswer answer = StepAnswer.success(201, outcome.id());
            outcome.facts().forEach(answer::with);
            return answer;
        }
        int status = outcome.id().equals("resend-too-early") ? 429 : 422;
        Optional<String> shown = shownFact(outcome);
        String message = REFUSALS.get(outcome.id()) + shown.map(fact -> " (" + fact + " " + outcome.facts().get(fact) + ")").orElse("");
        StepAnswer answer = StepAnswer.refusal(status, outcome.id(), message);
        outcome.facts().forEach(answer::with);
        shown.ifPresent(fact -> answer.showing(fact, outcome.facts().get(fact)));
        return answer;
    }

    private static Optional<String> shownFact(WorldAccountOutcome outcome) {
        return outcome.facts().keySet().stream().filter(fact -> fact.equals("remainingAttempts")
                || fact.equals("retryAfterSeconds")).findFirst();
    }
}
